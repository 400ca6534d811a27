import type { ReactNode } from 'react';

export interface DataRow {
  key: string;
  cells: ReactNode[];
}

/**
 * A plain NL Design System table with a caption for screen readers and sideways scrolling on small screens. The
 * scrolling wrapper is focusable, so keyboard users can scroll it too. Without rows it shows `empty` (a sentence
 * such as "Er zijn nog geen audits."), because an empty table says nothing to a screen reader or a hurried reader.
 */
export function DataTable({
  caption,
  columns,
  rows,
  empty,
}: {
  caption: string;
  columns: string[];
  rows: DataRow[];
  empty?: string;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="regie-table-wrap" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table">
        <caption className="regie-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th key={column} scope="col" className="utrecht-table__header-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.key} className="utrecht-table__row">
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a cell's position is its column
                <td key={index} className="utrecht-table__cell">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
