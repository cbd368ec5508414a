import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/ui/PageLink';
import { SITE_FEED } from '@/lib/feed/atom';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { ContentRefresh } from '@/components/dev/ContentRefresh';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  alternates: { types: { 'application/atom+xml': [{ url: SITE_FEED.selfPath, title: 'Incident postmortems' }] } },
  description: 'Incident postmortems with interactive timelines, root-cause chains and remediations.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0f172a' },
  ],
};

export default function RootLayout({ children }: LayoutProps<'/'>) {
  return (
    <html lang="en">
      <body className="site-body">
        <a href="#main-content" className="skip-link">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-width site-bar">
            <PageLink href="/" className="site-brand">
              Postmortems
            </PageLink>
            <nav aria-label="Site" className="site-nav">
              <PageLink href="/insights">
                Insights
              </PageLink>
              <PageLink href="/follow-ups">
                Follow-ups
              </PageLink>
              <PageLink href="/tags">
                Tags
              </PageLink>
            </nav>
          </div>
        </header>
        <main id="main-content" className="site-width py-8 print:max-w-none print:px-0">
          {children}
        </main>
        {process.env.NODE_ENV === 'development' && <ContentRefresh />}
        <footer className="site-width py-8 text-sm text-muted print:hidden">
          Incident writeups are summaries of public postmortems; each links to its sources.
        </footer>
      </body>
    </html>
  );
}
