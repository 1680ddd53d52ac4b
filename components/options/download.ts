/**
 * Saving a file from an extension page without any network: the text is wrapped in a Blob and
 * offered through a temporary `<a download>` element. A large export is grown into a Blob chunk
 * by chunk ({@link blobSink}), so the browser can keep its data outside the page's JS heap.
 */

/** Offers `parts` as a file called `filename`; returns the number of bytes. */
export function downloadFile(filename: string, parts: BlobPart[], type: string, doc: Document = document): number {
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob.size;
}

/** A sink that appends each chunk to a Blob (`new Blob([blob, chunk])`) instead of keeping strings. */
export function blobSink(type: string): { write(chunk: string): void; blob(): Blob } {
  let blob = new Blob([], { type });
  return {
    write(chunk) {
      blob = new Blob([blob, chunk], { type });
    },
    blob: () => blob,
  };
}

/** A file-name-safe slug of a title or domain (letters, digits and dashes; at most 60 characters). */
export function fileSlug(text: string): string {
  const slug = text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return slug || 'library';
}

/** `YYYY-MM-DD` of a time, for file names. */
export function fileDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
