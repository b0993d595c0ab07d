// JavaScript names for the property-string helpers. A parameter whose name
// has one format in the whole document is named after it (`tag-style` is
// `tagStyle`, `net[n]` is `net`). A name with several formats (`net[n]` of
// QEMU and of LXC) is qualified by the last literal segment of the path of
// its first endpoint (`qemuNet`, `lxcNet`), and numbered if that still
// collides.

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends ' +
    'false finally for function if import in instanceof new null return super switch this throw ' +
    'true try typeof var void while with yield let static implements interface package private ' +
    'protected public await arguments eval propertyStrings indexedParameters product meta'
  ).split(' '),
);

export function camelCase(text) {
  const words = text
    .replace(/\[n\]$/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words
    .map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1)))
    .join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function pascalCase(name) {
  const bare = name.replace(/^_/, '');
  return bare[0].toUpperCase() + bare.slice(1);
}

function qualifier(endpoint) {
  const segments = endpoint
    .split(' ')[1]
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'));
  return segments.at(-1) ?? 'root';
}

/** One name per entry of `formats`, in the same order. */
export function nameFormats(formats) {
  const countByParameter = new Map();
  for (const { parameter } of formats) {
    countByParameter.set(parameter, (countByParameter.get(parameter) ?? 0) + 1);
  }
  const used = new Set();
  return formats.map(({ parameter, endpoint }) => {
    const base = camelCase(parameter);
    let name =
      countByParameter.get(parameter) > 1 ? camelCase(`${qualifier(endpoint)}-${base}`) : base;
    if (RESERVED.has(name)) name = `${name}Format`;
    const stem = name;
    for (let n = 2; used.has(name); n++) name = `${stem}${n}`;
    used.add(name);
    return name;
  });
}
