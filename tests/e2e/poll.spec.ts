import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { totalText } from '../../src/lib/poll-format.ts';
import { path } from './launch-piece.ts';

// Every test here votes in the same poll; one at a time, so each can count what its vote changed.
test.describe.configure({ mode: 'serial' });

const api = '/api/polls/japan-vietnam-drivers/';
const question = /economic factors, security concerns, or a combination of both/;

interface Results {
  total: number;
  options: { label: string; votes: number }[];
}

/** The counts as anyone (no cookie) would read them now. */
async function counts(request: APIRequestContext): Promise<Results> {
  const response = await request.get(api, { headers: { cookie: '' } });
  expect(response.ok()).toBe(true);
  return response.json();
}

/** The results row marked "(your vote)" (the mark is in every row, hidden in all but one). */
const myRow = (scope: Locator) =>
  scope
    .getByRole('listitem')
    .filter({ has: scope.page().getByText('(your vote)').filter({ visible: true }) });

const votesFor = (results: Results, label: string) => results.options.find((o) => o.label === label)!.votes;

/** The poll on the piece (its form, whose id is also the link target back to the question). */
async function openPoll(page: Page) {
  await page.goto(path);
  const form = page.locator('#poll-japan-vietnam-drivers');
  return { form, question: form.getByRole('group', { name: question }), status: form.getByRole('status') };
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a vote lands on the results page with counts, percentages and a way back', async ({
    page,
    request,
  }) => {
    const before = await counts(request);
    const poll = await openPoll(page);
    await poll.question.getByRole('radio', { name: 'Security concerns' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();

    await expect(page).toHaveURL('/polls/japan-vietnam-drivers/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
    await expect(page.getByText('Thank you: your vote for “Security concerns” is counted.')).toBeVisible();
    const after = await counts(request);
    expect(after.total).toBe(before.total + 1);
    expect(votesFor(after, 'Security concerns')).toBe(votesFor(before, 'Security concerns') + 1);
    const row = myRow(page.getByRole('main'));
    await expect(row).toContainText('Security concerns');
    await expect(row).toContainText(/\d+ votes? \(\d+%\)/);
    await expect(page.getByText(totalText(after.total))).toBeVisible();

    await page.getByRole('link', { name: 'Back to the question, to change your vote' }).click();
    await expect(page).toHaveURL(`${path}#poll-japan-vietnam-drivers`);
  });

  test('the results can be read without voting', async ({ page }) => {
    const poll = await openPoll(page);
    await poll.form.getByRole('link', { name: 'See the results without voting' }).click();
    await expect(page.getByText('You have not voted in this poll.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(3);
  });
});

test.describe('with JavaScript', () => {
  test('a vote is counted in place, the results are announced, and a return visit remembers it', async ({
    page,
    request,
  }) => {
    const before = await counts(request);
    const poll = await openPoll(page);
    await poll.question.getByRole('radio', { name: 'Economic factors' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();

    await expect(poll.status).toContainText('Thank you, your vote is counted.');
    await expect(poll.status).toContainText(totalText(before.total + 1));
    await expect(poll.status).toContainText(/Economic factors: \d+%/);
    await expect(page).toHaveURL(path);
    const row = myRow(poll.form);
    await expect(row).toContainText('Economic factors');
    await expect(row).toContainText(`${votesFor(before, 'Economic factors') + 1} vote`);

    await page.goto(path);
    await expect(poll.status, 'asked only once the poll is near the screen').not.toContainText(
      'You have voted.',
    );
    await poll.form.scrollIntoViewIfNeeded();
    await expect(poll.status).toContainText('You have voted.');
    await expect(poll.question.getByRole('radio', { name: 'Economic factors' })).toBeChecked();
    await expect(poll.form.getByRole('button', { name: 'Change my vote' })).toBeVisible();
  });

  test('changing a vote moves it to the new answer without adding one', async ({ page, request }) => {
    const poll = await openPoll(page);
    await poll.question.getByRole('radio', { name: 'Economic factors' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();
    await expect(poll.status).toContainText('your vote is counted');
    const before = await counts(request);

    await poll.question.getByRole('radio', { name: 'A combination of both' }).check();
    await poll.form.getByRole('button', { name: 'Change my vote' }).click();
    await expect(myRow(poll.form)).toContainText('A combination of both');
    const after = await counts(request);
    expect(after.total).toBe(before.total);
    expect(votesFor(after, 'Economic factors')).toBe(votesFor(before, 'Economic factors') - 1);
    expect(votesFor(after, 'A combination of both')).toBe(votesFor(before, 'A combination of both') + 1);
  });

  test('when no server answers for the poll, it says voting is unavailable and disables the button', async ({
    page,
  }) => {
    await page.route(`**${api}`, (route) =>
      route.fulfill({ status: 404, contentType: 'text/html', body: '<p>Not found</p>' }),
    );
    const poll = await openPoll(page);
    await poll.form.scrollIntoViewIfNeeded();
    await expect(poll.status).toHaveText(/Voting is unavailable at the moment/);
    await expect(poll.form.getByRole('button', { name: 'Vote' })).toBeDisabled();
  });
});

test('a vote posted from another site is refused with a JSON error and not counted', async ({ request }) => {
  const before = await counts(request);
  const response = await request.post(api, {
    headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
    data: 'choice=security-concerns',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('cross-site');
  expect((await counts(request)).total).toBe(before.total);
});

test('an unknown poll has no results page', async ({ page }) => {
  const response = await page.goto('/polls/no-such-poll/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
