import { css } from 'lit';
import * as theme from './theme-defaults.js';

/**
 * The four zones' colours, one custom property each (themes set `--lzm-zone-*`): every element
 * that draws zones takes `--zone-color` from its `.zone-<name>` class.
 */
export const zoneColorStyles = css`
  .zone-reverse {
    --zone-color: ${theme.zoneReverse};
  }
  .zone-developmental {
    --zone-color: ${theme.zoneDevelopmental};
  }
  .zone-teacher {
    --zone-color: ${theme.zoneTeacher};
  }
  .zone-desired {
    --zone-color: ${theme.zoneDesired};
  }
`;
