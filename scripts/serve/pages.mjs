// @ts-check
/**
 * The few pages the server renders itself, around sign-in: plain HTML with no script (the
 * CSP allows none inline), one h1 each, links with plain names.
 */

/** @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers the security headers
 * @param {{ title: string, paragraphs: string[], link?: { href: string, text: string } }} page text only: escaped here
 * @param {Record<string, string | string[]>} [extraHeaders]
 */
export function sendPage(res, status, headers, page, extraHeaders = {}) {
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(page.title)} · IoT Fleet Console</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${page.link ? `<p><a href="${escapeHtml(page.link.href)}">${escapeHtml(page.link.text)}</a></p>` : ''}
</main>
</body>
</html>
`;
  res.writeHead(status, {
    ...headers,
    ...extraHeaders,
    'content-type': 'text/html; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  res.end(res.req?.method === 'HEAD' ? undefined : body);
}
