/**
 * Just enough DOM for addin/taskpane/view.ts (no DOM library is installed): elements with
 * attributes, children, text and event listeners, and a `document` with createElement.
 */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  children: (FakeElement | string)[] = [];
  private readonly listeners = new Map<string, ((event: unknown) => void)[]>();
  value = '';

  constructor(readonly tagName: string) {}

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
    if (name === 'value') this.value = value;
  }
  addEventListener(type: string, listener: (event: unknown) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  append(...nodes: (FakeElement | string)[]): void {
    this.children.push(...nodes);
  }
  replaceChildren(...nodes: (FakeElement | string)[]): void {
    this.children = nodes;
  }
  get textContent(): string {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }
  /** Fires an event the way a user would (click, change, input, submit). */
  fire(type: string): void {
    if (this.attributes.has('disabled')) return;
    for (const listener of this.listeners.get(type) ?? []) listener({ target: this, preventDefault: () => undefined });
  }
  /** Every element below, depth first. */
  all(): FakeElement[] {
    return this.children.flatMap((c) => (typeof c === 'string' ? [] : [c, ...c.all()]));
  }
  find(tag: string, text: string | RegExp): FakeElement {
    const found = this.all().find((e) => e.tagName === tag && (typeof text === 'string' ? e.textContent === text : text.test(e.textContent)));
    if (!found) throw new Error(`test: no <${tag}> with ${String(text)} in: ${this.textContent}`);
    return found;
  }
}

/** Installs a fake `document` on globalThis; returns the root to mount into and an uninstall function. */
export function installFakeDocument(): { root: FakeElement; documentElement: { lang: string }; uninstall: () => void } {
  const root = new FakeElement('main');
  const documentElement = { lang: '' };
  const previous = (globalThis as { document?: unknown }).document;
  (globalThis as { document?: unknown }).document = {
    createElement: (tag: string) => new FakeElement(tag),
    documentElement,
    getElementById: (id: string) => root.all().find((e) => e.attributes.get('id') === id) ?? null,
  };
  return { root, documentElement, uninstall: () => void ((globalThis as { document?: unknown }).document = previous) };
}
