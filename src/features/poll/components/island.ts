// The poll island: votes without leaving the page, then draws the results with the row the server
// rendered into a <template>, so there is one markup for results. The form works without it: it
// posts to the API, which answers with the results page. Its words are its page's: the form
// carries the edition's messages (data-messages), and each answer reads as the page's own label
// (one poll is asked in every edition, and the API knows the original's labels only).
import { figuresText, pollText, roundingText, summaryText, totalText, type PollWords } from '../format.ts';
import type { PollResults } from '../model.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-poll-live]')) enhance(form);

function enhance(form: HTMLFormElement) {
  const $ = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const button = $<HTMLButtonElement>('button');
  const results = $<HTMLElement>('[data-poll-results]');
  const words: PollWords = { lang: form.dataset['lang']!, messages: JSON.parse(form.dataset['messages']!) };
  /** The answer's label as this page asks it (its radio's label; answers' values are slugs). */
  const labelOf = (value: string) =>
    form.querySelector(`[value="${value}"]`)?.parentElement?.textContent?.trim() ?? value;
  /** Updates the status line; `summary` (the results in words) is for screen readers only. */
  const say = (message: string, summary = '') => {
    const words = Object.assign(document.createElement('span'), {
      className: 'sr-only',
      textContent: ` ${summary}`,
    });
    $('[data-poll-status]').replaceChildren(message, ...(summary ? [words] : []));
  };

  /** Draws the results and returns them as one sentence for screen readers. */
  const show = (data: PollResults) => {
    const options = data.options.map((option) => ({ ...option, label: labelOf(option.value) }));
    const row = $<HTMLTemplateElement>('template').content.firstElementChild!;
    const rows = options.map((option) => {
      const copy = row.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-label]')!.textContent = option.label;
      copy.querySelector<HTMLElement>('[data-mine]')!.hidden = option.value !== data.yourChoice;
      copy.querySelector('[data-figures]')!.textContent = figuresText(words, option);
      copy.querySelector('meter')!.value = option.percent;
      return copy;
    });
    results.querySelector('ul')!.replaceChildren(...rows);
    results.querySelector('[data-poll-total]')!.textContent = totalText(words, data.total);
    const rounding = results.querySelector<HTMLElement>('[data-poll-rounding]')!;
    rounding.textContent = roundingText(words, data);
    rounding.hidden = !rounding.textContent;
    results.hidden = false;
    form.querySelector('.results-link')?.remove();
    const mine = form.querySelector<HTMLInputElement>(`input[value="${data.yourChoice}"]`);
    if (mine) mine.checked = true;
    button.textContent = pollText(words, 'poll.changeMyVote');
    return summaryText(words, { total: data.total, options });
  };

  const send = async (init: RequestInit = {}) => {
    const response = await fetch(form.action, {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
    const data = await response.json();
    // A refusal's code, not its message: the API writes in the site's language, the page in its own.
    if (!response.ok) throw new Error(data.error?.code);
    return data as PollResults;
  };

  // A returning reader sees their vote and the results; no answer means no server to vote with.
  // Asked only once the poll comes near the screen (most readers never reach it), and never before
  // the page's first paint, which must not share the network with the server's answer: a poll near
  // the top of a short piece would otherwise be asked for before the text shows.
  afterFirstPaint(() =>
    new IntersectionObserver(
      (entries, observer) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        send().then(
          (data) => data.yourChoice && say(pollText(words, 'poll.voted'), show(data)),
          () => {
            button.disabled = true;
            say(pollText(words, 'poll.unavailable'));
          },
        );
      },
      { rootMargin: '50%' },
    ).observe(form),
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const choice = new FormData(form).get('choice');
      const body = JSON.stringify({ choice });
      const data = await send({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
      say(pollText(words, 'poll.thanks'), show(data));
    } catch (error) {
      say(
        pollText(words, (error as Error).message === 'rate-limited' ? 'poll.rateLimited' : 'poll.sendFailed'),
      );
    } finally {
      button.disabled = false;
    }
  });
}

/** Runs `then` once the page has painted its first text or picture (after `load` where unknown). */
function afterFirstPaint(then: () => void) {
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    if (document.readyState === 'complete') then();
    else addEventListener('load', then, { once: true });
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    then();
  }).observe({ type: 'paint', buffered: true });
}
