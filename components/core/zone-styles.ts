import { css } from 'lit';

/**
 * The four zones' colours, one custom property each (themes set `--lzm-zone-*`): every element
 * that draws zones takes `--zone-color` from its `.zone-<name>` class.
 */
export const zoneColorStyles = css`
  .zone-reverse {
    --zone-color: var(--lzm-zone-reverse, #c0392b);
  }
  .zone-developmental {
    --zone-color: var(--lzm-zone-developmental, #e0a526);
  }
  .zone-teacher {
    --zone-color: var(--lzm-zone-teacher, #8fa3b0);
  }
  .zone-desired {
    --zone-color: var(--lzm-zone-desired, #2e7d32);
  }
`;
