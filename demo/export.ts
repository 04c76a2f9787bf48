/**
 * Export what the trainer sees as a standalone SVG, and as a PNG drawn from that SVG.
 *
 * The elements mix SVG (dial, wheel, map, dots) with HTML text (values, captions, the legend
 * card), and their styles live in shadow roots. So the export walks the rendered tree, shadow roots
 * included: every SVG is copied in place with its computed paint inlined, HTML boxes become rects
 * and lines, HTML text becomes <text>, one per rendered line. Buttons and visually hidden text
 * (the data tables kept for screen readers) are left out: they are not part of the picture.
 */
const PAINT = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin',
  'paint-order', 'opacity', 'font-size', 'font-weight', 'font-family', 'font-style', 'text-anchor', 'dominant-baseline', 'transform',
] as const;

const SKIP = new Set(['button', 'input', 'select', 'textarea', 'style', 'script', 'template']);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (x: number) => Math.round(x * 10) / 10;
const visible = (color: string) => color !== '' && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color);

/** Paint that children inherit: written only where it differs from the parent's. */
const INHERITED = new Set<string>(PAINT.filter((name) => name !== 'opacity' && name !== 'transform'));

/** A copy of an inline SVG with its computed paint as style attributes (and no Lit markers). */
function copySvg(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((node, index) => {
    const style = getComputedStyle(node);
    const parent = node === source ? undefined : getComputedStyle(node.parentElement!);
    const declarations = PAINT.map((name) => [name, style.getPropertyValue(name)] as const)
      .filter(([name, value]) => value && !(parent && INHERITED.has(name) && parent.getPropertyValue(name) === value))
      .filter(([name, value]) => !(name === 'opacity' && value === '1') && !(name === 'transform' && value === 'none'))
      .map(([name, value]) => `${name}:${value}`);
    if (style.display === 'none') declarations.push('display:none');
    if (declarations.length) copies[index].setAttribute('style', declarations.join(';'));
    copies[index].removeAttribute('tabindex');
  });
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const markers: Node[] = [];
  while (comments.nextNode()) markers.push(comments.currentNode);
  markers.forEach((marker) => marker.parentNode!.removeChild(marker));
  copy.removeAttribute('aria-hidden');
  return copy;
}

/** Walks `root`'s rendered tree into SVG markup, positions relative to `origin`. */
function draw(root: Element, origin: DOMRect): string[] {
  const out: string[] = [];
  const x = (value: number) => round(value - origin.left);
  const y = (value: number) => round(value - origin.top);

  const box = (style: CSSStyleDeclaration, rect: DOMRect) => {
    if (rect.width === 0 || rect.height === 0) return;
    const background = style.backgroundColor;
    const sides = (['top', 'right', 'bottom', 'left'] as const).map((side) => ({
      side,
      width: parseFloat(style.getPropertyValue(`border-${side}-width`)),
      color: style.getPropertyValue(`border-${side}-color`),
      shown: style.getPropertyValue(`border-${side}-style`) !== 'none',
    })).filter((side) => side.shown && side.width > 0 && visible(side.color));
    const uniform = sides.length === 4 && sides.every((side) => side.width === sides[0].width && side.color === sides[0].color);
    const radius = parseFloat(style.borderTopLeftRadius) || 0;
    const frame = `x="${x(rect.left)}" y="${y(rect.top)}" width="${round(rect.width)}" height="${round(rect.height)}"${radius ? ` rx="${round(radius)}"` : ''}`;
    if (uniform) {
      const w = sides[0].width;
      const inset = `x="${x(rect.left + w / 2)}" y="${y(rect.top + w / 2)}" width="${round(rect.width - w)}" height="${round(rect.height - w)}"${radius ? ` rx="${round(radius)}"` : ''}`;
      out.push(`<rect ${inset} style="fill:${visible(background) ? background : 'none'};stroke:${sides[0].color};stroke-width:${w}"/>`);
      return;
    }
    if (visible(background)) out.push(`<rect ${frame} style="fill:${background}"/>`);
    for (const { side, width, color } of sides) {
      const [x1, y1, x2, y2] = {
        top: [rect.left, rect.top + width / 2, rect.right, rect.top + width / 2],
        bottom: [rect.left, rect.bottom - width / 2, rect.right, rect.bottom - width / 2],
        left: [rect.left + width / 2, rect.top, rect.left + width / 2, rect.bottom],
        right: [rect.right - width / 2, rect.top, rect.right - width / 2, rect.bottom],
      }[side];
      out.push(`<line x1="${x(x1)}" y1="${y(y1)}" x2="${x(x2)}" y2="${y(y2)}" style="stroke:${color};stroke-width:${width}"/>`);
    }
  };

  /** One <text> per rendered line: words are measured and grouped by the line box they sit on. */
  const text = (node: Text) => {
    const parent = node.parentElement;
    if (!parent || !node.data.trim()) return;
    const style = getComputedStyle(parent);
    const range = document.createRange();
    const lines: { left: number; top: number; bottom: number; words: string[] }[] = [];
    for (const match of node.data.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0) continue;
      const line = lines[lines.length - 1];
      if (line && Math.abs(rect.top - line.top) < rect.height / 2) line.words.push(match[0]);
      else lines.push({ left: rect.left, top: rect.top, bottom: rect.bottom, words: [match[0]] });
    }
    const font = `font-family:${style.fontFamily.replace(/"/g, "'")};font-size:${style.fontSize};font-weight:${style.fontWeight};font-style:${style.fontStyle}`;
    for (const line of lines) {
      out.push(
        `<text x="${x(line.left)}" y="${y((line.top + line.bottom) / 2)}" dominant-baseline="central" style="fill:${style.color};${escape(font)}">${escape(line.words.join(' '))}</text>`,
      );
    }
  };

  const visit = (node: Node) => {
    if (node instanceof Text) return text(node);
    if (!(node instanceof Element) || SKIP.has(node.localName)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return;
    const rect = node.getBoundingClientRect();
    // Visually hidden (clipped to nothing, or 1 × 1 px): screen-reader text and tables.
    if (style.clip !== 'auto' || ((rect.width <= 1 || rect.height <= 1) && style.overflow !== 'visible')) return;
    box(style, rect);
    if (node instanceof SVGSVGElement) {
      const copy = copySvg(node);
      Object.entries({ x: x(rect.left), y: y(rect.top), width: round(rect.width), height: round(rect.height) }).forEach(([name, value]) =>
        copy.setAttribute(name, String(value)),
      );
      out.push(new XMLSerializer().serializeToString(copy));
      return;
    }
    const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [...(node.shadowRoot ?? node).childNodes];
    children.forEach(visit);
  };
  visit(root);
  return out;
}

/** The element as a standalone SVG document, or undefined when it shows no drawing (error state). */
export function elementSvg(element: Element): string | undefined {
  const origin = element.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const parts = draw(element, origin);
  // No drawing at all: the element shows its error or is still loading.
  if (!parts.some((part) => part.startsWith('<svg'))) return undefined;
  const body = parts
    .join('\n')
    // The copies sit in a new document: drop the HTML namespace the serializer added to nested SVGs.
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${body}
</svg>`;
}

/** Renders SVG text to a PNG blob at `scale` × its size (2 for a crisp projector image). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, image.naturalWidth * scale);
    canvas.height = Math.max(1, image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
