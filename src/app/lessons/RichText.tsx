// A lesson's sentence with `code` and **bold** marked: made into elements, never into HTML.
import { Fragment } from 'react';

const MARK = /(`[^`]+`|\*\*[^*]+\*\*)/g;

export function RichText({ text }: { readonly text: string }) {
  return (
    <>
      {text
        .split(MARK)
        .map((part, i) =>
          part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
            <code key={i}>{part.slice(1, -1)}</code>
          ) : part.startsWith('**') && part.endsWith('**') && part.length > 3 ? (
            <strong key={i}>{part.slice(2, -2)}</strong>
          ) : (
            <Fragment key={i}>{part}</Fragment>
          ),
        )}
    </>
  );
}
