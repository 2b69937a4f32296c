import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { totalText } from '../../../src/features/poll/format.ts';
import { piecePath, pollApiPath, pollResultsPath } from '../../../src/lib/routes.ts';
import { PIECE_BUDGET } from '../../../src/tooling/budgets.ts';
import { weighPage } from '../../../src/tooling/page-weight.ts';
import { lead } from '../../support/piece-source.ts';
import { edition, pollWordsOf } from '../../support/editions.ts';
import { DEFAULT_EDITION } from '../../../src/features/editions/editions.ts';

// Every test here votes in the lead piece's poll; one at a time, so each can count what its vote changed.
test.describe.configure({ mode: 'serial' });

const { path } = lead;
const api = pollApiPath('fixture-poll');
const question = 'Which part of a piece do you read first?';
const ENGLISH = pollWordsOf('en');

interface Results {
  total: number;
  options: { label: string; votes: number }[];
}

/** The counts as anyone (no cookie) would read them now. */
async function counts(request: APIRequestContext, of = api): Promise<Results> {
  const response = await request.get(of, { headers: { cookie: '' } });
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
  const form = page.locator('#poll-fixture-poll');
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
    await poll.question.getByRole('radio', { name: 'The sources' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();

    await expect(page).toHaveURL(pollResultsPath('fixture-poll', DEFAULT_EDITION));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What readers answered');
    await expect(page.getByRole('main')).toContainText(question);
    await expect(page.getByText('Thank you: your vote for “The sources” is counted.')).toBeVisible();
    const after = await counts(request);
    expect(after.total).toBe(before.total + 1);
    expect(votesFor(after, 'The sources')).toBe(votesFor(before, 'The sources') + 1);
    const row = myRow(page.getByRole('main'));
    await expect(row).toContainText('The sources');
    await expect(row).toContainText(/\d+ votes? \(\d+%\)/);
    await expect(page.getByText(totalText(ENGLISH, after.total))).toBeVisible();

    await page.getByRole('link', { name: 'Change your vote' }).click();
    await expect(page).toHaveURL(`${path}#poll-fixture-poll`);
  });

  test('the results can be read without voting', async ({ page }) => {
    const poll = await openPoll(page);
    await poll.form.getByRole('link', { name: 'See the results without voting' }).click();
    await expect(page.getByText('You have not voted in this poll yet.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem')).toHaveCount(3);
  });
});

test.describe('with JavaScript', () => {
  test('a vote is counted in place, the results are announced, and a return visit remembers it', async ({
    page,
    request,
  }) => {
    const before = await counts(request);
    const poll = await openPoll(page);
    await poll.question.getByRole('radio', { name: 'The headline' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();

    await expect(poll.status).toContainText('Thank you, your vote is counted.');
    await expect(poll.status).toContainText(totalText(ENGLISH, before.total + 1));
    await expect(poll.status).toContainText(/The headline: \d+%/);
    await expect(page).toHaveURL(path);
    const row = myRow(poll.form);
    await expect(row).toContainText('The headline');
    await expect(row).toContainText(`${votesFor(before, 'The headline') + 1} vote`);

    await page.goto(path);
    await expect(poll.status, 'asked only once the poll is near the screen').not.toContainText(
      'You have voted.',
    );
    await poll.form.scrollIntoViewIfNeeded();
    await expect(poll.status).toContainText('You have voted.');
    await expect(poll.question.getByRole('radio', { name: 'The headline' })).toBeChecked();
    await expect(poll.form.getByRole('button', { name: 'Change my vote' })).toBeVisible();
  });

  test('changing a vote moves it to the new answer without adding one', async ({ page, request }) => {
    const poll = await openPoll(page);
    await poll.question.getByRole('radio', { name: 'The headline' }).check();
    await poll.form.getByRole('button', { name: 'Vote' }).click();
    await expect(poll.status).toContainText('your vote is counted');
    const before = await counts(request);

    await poll.question.getByRole('radio', { name: 'The questions' }).check();
    await poll.form.getByRole('button', { name: 'Change my vote' }).click();
    await expect(myRow(poll.form)).toContainText('The questions');
    const after = await counts(request);
    expect(after.total).toBe(before.total);
    expect(votesFor(after, 'The headline')).toBe(votesFor(before, 'The headline') - 1);
    expect(votesFor(after, 'The questions')).toBe(votesFor(before, 'The questions') + 1);
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
    data: 'choice=the-sources',
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('cross-site');
  expect((await counts(request)).total).toBe(before.total);
});

test.describe('one poll in every edition', () => {
  const ja = edition('ja');
  const japanese = piecePath('ja/every-component');

  test('a vote on the Japanese page counts in the English tally, with Japanese words and labels', async ({
    page,
    request,
  }) => {
    const before = await counts(request);
    await page.goto(japanese);
    const form = page.locator('#poll-fixture-poll');
    await form
      .getByRole('group', { name: '記事のどの部分を最初に読みますか？' })
      .getByRole('radio', { name: '見出し' })
      .check();
    await form.getByRole('button', { name: '投票する' }).click();
    await expect(form.getByRole('status')).toContainText('ありがとうございます。投票を受け付けました。');
    await expect(form.getByRole('status')).toContainText(totalText(pollWordsOf('ja'), before.total + 1));
    const mine = form
      .getByRole('listitem')
      .filter({ has: page.getByText('（あなたの投票）').filter({ visible: true }) });
    await expect(mine).toContainText('見出し');
    await expect(mine).toContainText(`${votesFor(before, 'The headline') + 1}票`);
    await expect(form.getByRole('button', { name: '投票を変更する' })).toBeVisible();

    const after = await counts(request);
    expect(after.total).toBe(before.total + 1);
    expect(votesFor(after, 'The headline')).toBe(votesFor(before, 'The headline') + 1);
    // The English results page counts it; the Japanese one shows the same tally in its words.
    await page.goto(pollResultsPath('fixture-poll', DEFAULT_EDITION));
    await expect(page.getByText(totalText(ENGLISH, after.total))).toBeVisible();
    await page.goto(pollResultsPath('fixture-poll', ja));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('読者の回答');
    await expect(page.getByText('ありがとうございます。「見出し」への投票を受け付けました。')).toBeVisible();
    await expect(page.getByRole('link', { name: '投票を変更する' })).toHaveAttribute(
      'href',
      `${japanese}#poll-fixture-poll`,
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a vote on the Vietnamese page lands on the Vietnamese results page', async ({ page, request }) => {
      const before = await counts(request);
      await page.goto(piecePath('vi/every-component'));
      const form = page.locator('#poll-fixture-poll');
      await form.getByRole('radio', { name: 'Nguồn tham khảo' }).check();
      await form.getByRole('button', { name: 'Bình chọn' }).click();
      await expect(page).toHaveURL(pollResultsPath('fixture-poll', edition('vi')));
      await expect(
        page.getByText('Cảm ơn bạn: lựa chọn “Nguồn tham khảo” của bạn đã được ghi nhận.'),
      ).toBeVisible();
      expect(votesFor(await counts(request), 'The sources')).toBe(votesFor(before, 'The sources') + 1);
    });
  });
});

test('an unknown poll has no results page', async ({ page }) => {
  const response = await page.goto(pollResultsPath('no-such-poll', DEFAULT_EDITION));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('each piece’s poll counts its own votes: a vote in one leaves the other as it was', async ({
  page,
  request,
}) => {
  const other = pollApiPath('earlier-poll');
  const [before, otherBefore] = [await counts(request), await counts(request, other)];
  await page.goto(piecePath('earlier-piece'));
  const form = page.locator('#poll-earlier-poll');
  await form.getByRole('group', { name: 'Do you answer polls?' }).getByRole('radio', { name: 'Yes' }).check();
  await form.getByRole('button', { name: 'Vote' }).click();
  await expect(form.getByRole('status')).toContainText('your vote is counted');
  expect((await counts(request, other)).total).toBe(otherBefore.total + 1);
  expect((await counts(request)).total).toBe(before.total);
});

test('a poll at the top of a short piece asks the server only after the page has painted', async ({
  page,
  baseURL,
}) => {
  // The later piece is short, its poll near the top: near enough the screen to be asked at once.
  const weight = await weighPage(page, `${baseURL}${piecePath('later-piece')}`);
  expect(weight.requestsBeforeFirstPaint).toBeLessThanOrEqual(PIECE_BUDGET.requestsBeforeFirstPaint);
  // It does ask, unscrolled, once painted: the form learns whether voting works.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name)))
    .toContainEqual(expect.stringContaining(pollApiPath('later-poll')));
});
