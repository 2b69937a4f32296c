import type { BackgroundNewsArticle, FAQPage, Organization, Person, WithContext } from 'schema-dts';
import { absoluteUrl } from '../site.config.ts';
import type { Edition } from '../features/editions/editions.ts';
import type { FaqEntry } from '../features/faq/faq.ts';
import { anchorPath, piecePath } from './routes.ts';

interface PieceFacts {
  url: string;
  headline: string;
  description: string;
  /** The piece's key takeaways as one text, when it has them. */
  abstract?: string | undefined;
  published: Date;
  modified: Date;
  /** Its authors: a desk or a person, with their page when the content folder keeps authors. */
  authors: { name: string; url?: string | undefined; desk?: boolean | undefined }[];
  /** The piece's image in the crops Google's article guidelines ask for (16:9, 4:3, 1:1). */
  imageUrls: string[];
  /** The edition's language. */
  lang: string;
  publisher: { name: string; url: string };
  /** A translation: the original's absolute URL. */
  translationOf?: string | undefined;
  /** An original: its translations' absolute URLs. */
  translations?: readonly string[];
  /** Its corrections (not its updates or clarifications), as its update log says them. */
  corrections?: readonly { date: Date; text: string }[];
}

/**
 * A byline names people or desks, each with their page (Google's article guidelines ask for
 * `author.url`). Where the content folder keeps no authors, a name that contains the publisher's
 * name ("The Explainer staff") is the organisation writing as itself, not a person.
 */
function author(
  { name, url, desk }: PieceFacts['authors'][number],
  publisher: string,
): Person | Organization {
  const organization = desk ?? name.includes(publisher);
  return { '@type': organization ? 'Organization' : 'Person', name, ...(url && { url }) };
}

/**
 * Structured data for an explainer (schema.org's BackgroundNewsArticle), in its edition's
 * language, linked to its original (`translationOfWork`) or its translations (`workTranslation`),
 * each named by its URL, which is also its `@id`.
 */
export function pieceJsonLd(facts: PieceFacts): WithContext<BackgroundNewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BackgroundNewsArticle',
    '@id': facts.url,
    mainEntityOfPage: facts.url,
    url: facts.url,
    headline: facts.headline,
    description: facts.description,
    ...(facts.abstract && { abstract: facts.abstract }),
    datePublished: facts.published.toISOString(),
    dateModified: facts.modified.toISOString(),
    author: facts.authors.map((entry) => author(entry, facts.publisher.name)),
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    image: facts.imageUrls,
    inLanguage: facts.lang,
    ...(facts.translationOf && { translationOfWork: { '@id': facts.translationOf } }),
    ...(facts.translations?.length && { workTranslation: facts.translations.map((url) => ({ '@id': url })) }),
    ...(facts.corrections?.length && {
      correction: facts.corrections.map((correction) => ({
        '@type': 'CorrectionComment' as const,
        text: correction.text,
        datePublished: correction.date.toISOString().slice(0, 10),
      })),
    }),
  };
}

/** Structured data for a piece's FAQ: the same questions and answer texts the page shows. */
export function faqJsonLd(
  faq: readonly FaqEntry[],
  pieceSlug: string,
  edition: Edition,
): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: absoluteUrl(piecePath(pieceSlug)),
    inLanguage: edition.lang,
    mainEntity: faq.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      url: absoluteUrl(anchorPath(pieceSlug, entry.id)),
      acceptedAnswer: { '@type': 'Answer', text: entry.answerText },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
