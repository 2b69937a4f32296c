import { readDay, showDay } from './dates.ts';
import type { Field } from './form-fields.ts';
import type { Problem } from '../../lib/problem.ts';

/*
 * Forms drawn from field descriptions (./form-fields.ts), in the browser: the frontmatter form and
 * each component's props. Values go in and come out as plain data; an empty field is left out.
 */

type Values = Record<string, unknown>;
let ids = 0;

function element<T extends HTMLElement = HTMLElement>(
  tag: string,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): T {
  const node = Object.assign(document.createElement(tag), props) as T;
  node.append(...children);
  return node;
}

const DAY_PROBLEM = `Write the day like ${showDay('2025-04-28')}.`;
const isDayOrEmpty = (input: HTMLInputElement) => input.value.trim() === '' || !!readDay(input.value);

/**
 * The day fields whose text names no day (31 April), by label: the form is not sent with one, since
 * a date parser would read it as some other day.
 */
export function unreadableDays(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLInputElement>('input[data-day]')]
    .filter((input) => !isDayOrEmpty(input))
    .map((input) => input.dataset['day']!);
}

/** Draws `fields` into `container` with their current values. */
export function renderFields(container: HTMLElement, fields: Field[], values: Values): void {
  container.replaceChildren(...fields.map((field) => renderField(field, values[field.name])));
}

function renderField(field: Field, value: unknown): HTMLElement {
  const id = `field-${++ids}`;
  const wrapper = element('div', { className: 'field' });
  wrapper.dataset['field'] = field.name;
  const label = element('label', { htmlFor: id }, field.label + (field.required ? '' : ' (optional)'));
  const hint = field.hint ? [element('p', { className: 'hint' }, field.hint)] : [];
  const problem = element('p', { className: 'problem' });
  problem.dataset['problem'] = '';
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  switch (field.kind) {
    case 'boolean': {
      const input = element<HTMLInputElement>('input', { id, type: 'checkbox', checked: value === true });
      wrapper.append(element('span', {}, input, ' ', label), ...hint, problem);
      break;
    }
    case 'select': {
      const select = element<HTMLSelectElement>('select', { id });
      if (!field.required) select.append(element('option', { value: '' }, '—'));
      select.append(
        ...field.options!.map((option) =>
          element('option', { value: option, selected: option === value }, option),
        ),
      );
      wrapper.append(label, ...hint, select, problem);
      break;
    }
    case 'choices': {
      const chosen = new Set(Array.isArray(value) ? value : []);
      const set = element('fieldset', {}, element('legend', {}, field.label));
      set.append(
        ...field.options!.map((option) =>
          element(
            'label',
            {},
            element('input', { type: 'checkbox', value: option, checked: chosen.has(option) }),
            ` ${option}`,
          ),
        ),
      );
      // Ticked values come back in the file's order, so an unchanged list is unchanged.
      wrapper.dataset['order'] = JSON.stringify([...chosen]);
      wrapper.append(set, problem);
      break;
    }
    case 'list': {
      const lines = Array.isArray(value) ? value.map(text) : value ? [text(value)] : [];
      wrapper.append(
        label,
        element('p', { className: 'hint' }, 'One per line.'),
        element('textarea', { id, rows: 3, value: lines.join('\n') }),
        problem,
      );
      break;
    }
    case 'numbers': {
      const numbers = Array.isArray(value) ? value : [];
      const row = element('span', { className: 'numbers' });
      row.append(
        ...Array.from({ length: field.count! }, (_, i) =>
          element('input', {
            type: 'number',
            step: 'any',
            value: text(numbers[i]),
            ariaLabel: `${field.label} ${i + 1}`,
          }),
        ),
      );
      wrapper.append(element('span', {}, field.label), ...hint, row, problem);
      break;
    }
    case 'group': {
      const set = element(
        'fieldset',
        {},
        element('legend', {}, field.label + (field.required ? '' : ' (optional)')),
      );
      if (field.repeat) {
        const items = element('div');
        const add = (item: Values) => {
          const box = element('fieldset', { className: 'item' });
          const inner = element('div');
          renderFields(inner, field.fields!, item);
          box.append(inner, element('button', { type: 'button', onclick: () => box.remove() }, 'Remove'));
          items.append(box);
        };
        for (const item of Array.isArray(value) ? value : []) add(item as Values);
        set.append(
          items,
          element(
            'button',
            { type: 'button', onclick: () => add({}) },
            `Add to ${field.label.toLowerCase()}`,
          ),
        );
      } else {
        const inner = element('div');
        renderFields(inner, field.fields!, (value ?? {}) as Values);
        set.append(inner);
      }
      wrapper.append(set, problem);
      break;
    }
    case 'date': {
      // A text box showing the day as the site writes it; the file keeps YYYY-MM-DD (./dates.ts).
      const input = element<HTMLInputElement>('input', {
        id,
        type: 'text',
        value: showDay(text(value)),
        autocomplete: 'off',
      });
      input.dataset['day'] = field.label;
      input.addEventListener('change', () => {
        const day = readDay(input.value);
        if (day) input.value = showDay(day);
        problem.textContent = isDayOrEmpty(input) ? '' : DAY_PROBLEM;
      });
      wrapper.append(label, ...hint, input, problem);
      break;
    }
    default: {
      const type = field.kind === 'number' ? 'number' : 'text';
      wrapper.append(
        label,
        ...hint,
        element('input', { id, type, value: text(value), ...(field.kind === 'number' && { step: 'any' }) }),
        problem,
      );
    }
  }
  return wrapper;
}

/** The values the form holds now: empty fields left out, numbers as numbers. */
export function readFields(container: HTMLElement, fields: Field[]): Values {
  const values: Values = {};
  const direct = [...container.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && 'field' in child.dataset,
  );
  for (const field of fields) {
    const wrapper = direct.find((node) => node.dataset['field'] === field.name);
    if (wrapper) values[field.name] = readField(wrapper, field);
  }
  return values;
}

function readField(wrapper: HTMLElement, field: Field): unknown {
  const input = wrapper.querySelector<HTMLInputElement>(
    ':scope > input, :scope > span > input, :scope > textarea, :scope > select',
  );
  switch (field.kind) {
    case 'boolean':
      return input!.checked;
    case 'choices': {
      const order = JSON.parse(wrapper.dataset['order'] ?? '[]') as unknown[];
      const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
      return [...wrapper.querySelectorAll<HTMLInputElement>('input:checked')]
        .map((box) => box.value)
        .sort((a, b) => rank(a) - rank(b));
    }
    case 'list': {
      const lines = (input as unknown as HTMLTextAreaElement).value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return lines.length ? lines : undefined;
    }
    case 'numbers': {
      const numbers = [...wrapper.querySelectorAll<HTMLInputElement>('.numbers input')].map(
        (box) => box.value,
      );
      return numbers.every((n) => n === '') ? undefined : numbers.map(Number);
    }
    case 'number':
      return input!.value === '' ? undefined : Number(input!.value);
    case 'date':
      return input!.value.trim() === '' ? undefined : (readDay(input!.value) ?? input!.value.trim());
    case 'group': {
      const set = wrapper.querySelector('fieldset')!;
      if (field.repeat) {
        const items = [...set.querySelectorAll<HTMLElement>(':scope > div > fieldset.item > div')].map(
          (inner) => readFields(inner, field.fields!),
        );
        return items.length ? items : undefined;
      }
      const inner = readFields(set.querySelector(':scope > div')!, field.fields!);
      return Object.values(inner).every((v) => v === undefined) ? undefined : inner;
    }
    default:
      return input!.value.trim() === '' ? undefined : input!.value;
  }
}

/** Shows each problem beside its field (`image.alt`, `updates.0.date`); answers those it could not place. */
export function showFieldProblems(container: HTMLElement, problems: Problem[]): Problem[] {
  for (const node of container.querySelectorAll<HTMLElement>('[data-problem]')) node.textContent = '';
  return problems.filter(({ field, message }) => {
    if (!field) return true;
    let scope: HTMLElement | null = container;
    for (const segment of field.split('.')) {
      scope = /^\d+$/.test(segment)
        ? (scope?.querySelectorAll<HTMLElement>('fieldset.item')[Number(segment)] ?? null)
        : (scope?.querySelector<HTMLElement>(`[data-field="${segment}"]`) ?? scope);
    }
    const slot = scope
      ?.closest<HTMLElement>('[data-field]')
      ?.querySelector<HTMLElement>(':scope > [data-problem]');
    if (!slot) return true;
    slot.textContent = message;
    return false;
  });
}
