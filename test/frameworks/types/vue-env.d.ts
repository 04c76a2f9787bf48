import type {} from 'lzm-kit/vue';
