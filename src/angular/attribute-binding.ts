/**
 * Reads a directive attribute however a portal developer writes it: an expression
 * (`user-id="c.user.sys_id"`), one-time (`::…`), interpolation (`{{…}}`, `{{::…}}`) or a
 * literal (`user-id="6816f79cc0a8016401c5a33be04be441"`, `show-offline="true"`). The directive
 * needs no isolated scope for it, so it also sits on elements that have one (`<sn-avatar>`).
 * A form that cannot be read is told once on the console, naming the attribute and its text,
 * and reads as unset: the mistake stays in its own dot, never breaks the ng-repeat around it.
 */
import { createReporter } from '../core/reporter';

/** How one attribute of one template is read: decided once at compile, shared by every clone an ng-repeat links. */
export type AttributeForm =
  | { kind: 'constant'; value: unknown }
  | { kind: 'interpolated' }
  | { kind: 'expression'; get: angular.ICompiledExpression; oneTime: boolean };

const SYS_ID_LITERAL = /^\s*[0-9a-f]{32}\s*$/i;
const markup = createReporter(function (message) {
  console.warn(message);
});

/** The attribute's form from its template text; `undefined` text (attribute absent) reads as unset. */
export function readForm($parse: angular.IParseService, attribute: string, text: string | undefined): AttributeForm {
  if (text === undefined || text.trim() === '') {
    return { kind: 'constant', value: undefined };
  }
  if (SYS_ID_LITERAL.test(text)) {
    return { kind: 'constant', value: text.trim() };
  }
  if (text.indexOf('{{') >= 0) {
    // AngularJS interpolates it on the element's own scope; we observe the result.
    return { kind: 'interpolated' };
  }
  try {
    const get = $parse(text);
    return get.constant
      ? { kind: 'constant', value: get({}) }
      : { kind: 'expression', get: get, oneTime: /^\s*::/.test(text) };
  } catch (e) {
    markup.report(
      attribute + '\u0000' + text,
      attribute +
        '="' +
        text +
        '" is not an expression, a {{ }} interpolation or a sys_id (' +
        String((e as Error).message).split('\n')[0] +
        '); this dot ignores it'
    );
    return { kind: 'constant', value: undefined };
  }
}

/**
 * Calls `use` with the attribute's value now (as the scope holds it at link) and on every later
 * change. Returns what stops listening; one-time and constant forms leave no watcher behind.
 */
export function bindAttribute(
  form: AttributeForm,
  scope: angular.IScope,
  attrs: angular.IAttributes,
  name: string,
  use: (value: unknown) => void
): () => void {
  if (form.kind === 'constant') {
    use(form.value);
    return noop;
  }
  let current: unknown;
  function apply(value: unknown): void {
    if (value !== current) {
      current = value;
      use(value);
    }
  }
  if (form.kind === 'interpolated') {
    apply(attrs[name]);
    return attrs.$observe(name, apply) as () => void;
  }
  let value: unknown;
  try {
    value = form.get(scope);
  } catch (e) {
    value = undefined;
  }
  apply(value);
  if (form.oneTime && value !== undefined) {
    return noop;
  }
  return scope.$watch(form.get, apply);
}

function noop(): void {
  // nothing to stop
}
