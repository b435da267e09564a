/**
 * The page's header: title, tagline, what the data covers (from dataset.json, never from the
 * clock) and, once the store exists, the data toolbar. The same markup is in the static HTML
 * (while the events load) and in the running page, so nothing moves when they arrive.
 */
import Link from "next/link";
import type { ReactNode } from "react";

import type { DatasetStatement } from "@/lib/cite/citation";

/** What the header says of the data (dataset.json's title, version and data-through date). */
export type DataStatement = DatasetStatement;

export function AtlasHeader({ data, toolbar }: { data: DataStatement | null; toolbar?: ReactNode }) {
  return (
    <header className="atlas-header">
      <h1>Exercise Atlas</h1>
      <p className="atlas-tagline">China–Russia joint exercises and patrols · NATO drills · every point sourced</p>
      <p className="atlas-data-through">
        {data ? <span data-testid="data-through">Data through {data.dataThrough}</span> : <span>Coverage unknown</span>}{" "}
        ·{" "}
        <Link href="/coverage" prefetch={false}>
          Data coverage
        </Link>
      </p>
      <div className="atlas-toolbar" id="atlas-toolbar">
        {toolbar}
      </div>
    </header>
  );
}
