import { chunksOf, type Html } from '../../generator/chunks.js';
import type { GenerateResult } from '../../generator/generate.js';

/** The whole text of streamed HTML, as writeAtomically would write it. */
export async function htmlText(html: Html): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of chunksOf(html)) chunks.push(chunk);
  return chunks.join('');
}

/** generate()'s files with their whole text (the dashboard renders once, as it is read). */
export async function filesText(result: GenerateResult): Promise<Array<{ path: string; content: string }>> {
  const files = [];
  for (const { path, content } of result.files) files.push({ path, content: await htmlText(content) });
  return files;
}
