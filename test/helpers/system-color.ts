/**
 * The computed value of a CSS system colour (CanvasText, Highlight, …) as the browser resolves it
 * now (under forced colours: the user's palette). The probe opts out of forced colours, which
 * would otherwise turn its own `color` into CanvasText whatever it asked for.
 */
export function systemColor(name: string): string {
  const probe = document.createElement('i');
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
