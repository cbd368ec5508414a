import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="py-16">
      <h1 className="text-3xl font-bold tracking-tight">No such incident</h1>
      <p className="mt-4 text-soft">
        There is no page at this address. It may have been renamed, or the link may be mistyped.
      </p>
      <p className="mt-6">
        <Link href="/" className="underline underline-offset-2">
          See all incidents
        </Link>
      </p>
    </div>
  );
}
