import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { SITE_NAME, SITE_URL } from '@/lib/site';
import { ContentRefresh } from '@/components/dev/ContentRefresh';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  alternates: { types: { 'application/atom+xml': [{ url: '/feed.xml', title: 'Incident postmortems' }] } },
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
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100 print:bg-white print:text-black">
        <a
          href="#main-content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-40 h-(--header-height) border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90 print:static print:border-0">
          <div className="mx-auto flex h-full max-w-5xl items-center gap-6 px-4">
            <Link href="/" className="font-semibold tracking-tight hover:underline">
              Postmortems
            </Link>
            <nav aria-label="Site" className="ml-auto flex gap-4 text-sm">
              <Link href="/insights" className="hover:underline">
                Insights
              </Link>
              <Link href="/follow-ups" className="hover:underline">
                Follow-ups
              </Link>
              <Link href="/tags" className="hover:underline">
                Tags
              </Link>
            </nav>
          </div>
        </header>
        <main id="main-content" className="mx-auto max-w-5xl px-4 py-8 print:max-w-none print:px-0">
          {children}
        </main>
        {process.env.NODE_ENV === 'development' && <ContentRefresh />}
        <footer className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-600 dark:text-slate-400 print:hidden">
          Incident writeups are summaries of public postmortems; each links to its sources.
        </footer>
      </body>
    </html>
  );
}
