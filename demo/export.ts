/**
 * Export an element's drawing as a standalone SVG (styles resolved and inlined, since the
 * element's stylesheet lives in its shadow root) and as a PNG drawn from that SVG.
 */
const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'opacity', 'font-size', 'font-weight', 'font-family', 'transform'] as const;

/** The element's SVG as a standalone document, or undefined when it draws none (error state). */
export function elementSvg(element: Element): string | undefined {
  const source = element.shadowRoot?.querySelector('svg');
  if (!source) return undefined;
  const copy = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((node, index) => {
    const style = getComputedStyle(node);
    const declarations = PAINT.map((name) => [name, style.getPropertyValue(name)] as const)
      .filter(([name, value]) => value && value !== 'none' || name === 'fill')
      .filter(([name, value]) => !(name === 'transform' && value === 'none'))
      .map(([name, value]) => `${name}:${value}`);
    copies[index].setAttribute('style', declarations.join(';'));
  });
  copy.removeAttribute('aria-hidden');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const { width, height } = source.getBoundingClientRect();
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
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
