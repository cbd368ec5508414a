import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site: it moves without a reload, and fetches
 * nothing before it is followed, so a reader who came for one incident does not
 * download the pages around it.
 */
export function PageLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link prefetch={false} {...props} />;
}
