/** Rendering Preact components in unit tests (happy-dom): one helper instead of a copy per file. */
import { afterEach } from 'vitest';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/**
 * Returns `mount(node)`, which renders `node` into a fresh container attached to the document and
 * returns the container; every container is unmounted and removed after each test.
 */
export function useMount(): (node: ComponentChild) => HTMLElement {
  const roots: HTMLElement[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) {
      render(null, root);
      root.remove();
    }
  });
  return (node) => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(node, root));
    roots.push(root);
    return root;
  };
}
