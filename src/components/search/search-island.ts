// Search as you type over Pagefind's index: results after a short pause in typing, at once on
// Enter or from a ?q= link. The status line says how many pieces match (screen readers hear it),
// in the words of its page's edition: the page renders each message into <template>s, one per
// plural form, with an element at each placeholder (SearchForm.astro).

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title: string };
  sub_results: SubResult[];
}
interface Search {
  results: { data(): Promise<ResultData> }[];
}
interface Pagefind {
  search(term: string): Promise<Search>;
  /** Resolves to null when a newer search started during the pause. */
  debouncedSearch(term: string, options?: object, timeoutMs?: number): Promise<Search | null>;
}

/** How long typing must pause before a search runs. */
const PAUSE_MS = 300;

const form = document.querySelector<HTMLFormElement>('[data-search]')!;
form.querySelector<HTMLElement>('[data-search-hint]')!.hidden = true;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusLine = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const browse = document.querySelector<HTMLElement>('[data-search-browse]');
const lang = form.dataset['lang']!;

/** The page's message, in the plural form Intl picks for `count`, its placeholders filled. */
function message(key: string, values: { count: number; query: string }) {
  const forms = `template[data-message="${key}"]`;
  const form =
    document.querySelector<HTMLTemplateElement>(
      `${forms}[data-plural="${new Intl.PluralRules(lang).select(values.count)}"]`,
    ) ?? document.querySelector<HTMLTemplateElement>(`${forms}[data-plural="other"]`)!;
  const words = form.content.cloneNode(true) as DocumentFragment;
  for (const slot of words.querySelectorAll<HTMLElement>('[data-slot]')) {
    const value = values[slot.dataset['slot'] as keyof typeof values];
    slot.replaceWith(typeof value === 'number' ? value.toLocaleString(lang) : value);
  }
  return words;
}
let pagefind: Promise<Pagefind> | undefined;

function link(href: string, text: string) {
  return Object.assign(document.createElement('a'), { href, textContent: text });
}

function excerpt(html: string) {
  const p = document.createElement('p');
  p.innerHTML = html; // Pagefind's excerpt: our own text, escaped, with <mark> around matches.
  return p;
}

function show(query: string, top: ResultData[], count: number) {
  list.replaceChildren(
    ...top.map((data) => {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      heading.append(link(data.url, data.meta.title));
      const sections = document.createElement('ul');
      for (const sub of data.sub_results.filter((s) => s.url.includes('#')).slice(0, 3)) {
        const entry = document.createElement('li');
        entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
        sections.append(entry);
      }
      item.append(heading, sections.childElementCount ? sections : excerpt(data.excerpt));
      return item;
    }),
  );
  statusLine.replaceChildren(message(count === 0 ? 'search.none' : 'search.matches', { count, query }));
}

async function run(term: string, { wait }: { wait: boolean }) {
  const query = term.trim();
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  // The list of every piece stays only while there is no search, so nothing is listed twice.
  if (browse) browse.hidden = query !== '';
  if (!query) {
    list.replaceChildren();
    statusLine.textContent = '';
    return;
  }
  pagefind ??= import(/* @vite-ignore */ form.dataset['index']!) as Promise<Pagefind>;
  const engine = await pagefind;
  const search = wait ? await engine.debouncedSearch(query, {}, PAUSE_MS) : await engine.search(query);
  if (!search || input.value.trim() !== query) return; // A newer search is on its way.
  const top = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  if (input.value.trim() === query) show(query, top, search.results.length);
}

input.addEventListener('input', () => void run(input.value, { wait: true }));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(input.value, { wait: false });
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  void run(initial, { wait: false });
}
