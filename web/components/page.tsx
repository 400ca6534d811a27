import { useEffect } from 'react';

/**
 * The page's one h1; it sets the document title. It can take focus (tabIndex -1) so that the layout can move
 * focus to it after an in-app navigation.
 */
export function PageHeading({ children, title }: { children: React.ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} · Regie`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="utrecht-heading-1 regie-page-heading">
      {children}
    </h1>
  );
}

export function Section({ title, children, id }: { title: string; children: React.ReactNode; id?: string }) {
  const headingId = id ?? `section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section className="regie-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

const dateTime = new Map<string, Intl.DateTimeFormat>();

/** Times are stored in UTC and always shown in Dutch time. */
export function formatDateTime(iso: string | null, language: string): string {
  if (!iso) return '';
  let format = dateTime.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Amsterdam',
    });
    dateTime.set(language, format);
  }
  return format.format(new Date(iso));
}
