'use strict';
// Reads the extension's sources with the TypeScript parser and returns:
//  - messages: every literal message passed to l10n.t (the keys of l10n/bundle.l10n.json);
//  - violations: user-facing text that bypasses l10n.t: a literal with letters in it, in a place
//    a person reads (a message box, a status bar text, a tree item, a lens title, a tooltip, a
//    diagnostic, a quick pick label, a prompt, an error thrown to the user).
// `npm run l10n` writes the bundle from it; test/unit/l10n.test.ts fails on any violation.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..');
const SOURCES = path.join(root, 'src', 'extension');

/** Calls whose arguments are shown to the user, and which of them (all when undefined). */
const TEXT_CALLS = {
  showInformationMessage: undefined, showWarningMessage: undefined, showErrorMessage: undefined,
  setStatusBarMessage: [0], appendMarkdown: [0], appendText: [0], MarkdownString: [0],
  TreeItem: [0], Diagnostic: [1], CodeAction: [0], Error: [0], DiagnosticRelatedInformation: [1],
};
/** Properties whose value is shown to the user. */
const TEXT_PROPERTIES = new Set(['title', 'tooltip', 'label', 'description', 'detail', 'placeHolder', 'prompt', 'openLabel', 'saveLabel', 'message', 'text', 'name']);

const BRAND = new Set(['SourceLens']);
const hasLetters = (s) => !BRAND.has(s) && /\p{L}{2}/u.test(s.replace(/\$\([a-z~-]+\)/g, ''));

function isL10nCall(node) {
  if (!ts.isCallExpression(node)) return false;
  const e = node.expression;
  return ts.isPropertyAccessExpression(e) && e.name.text === 't' &&
    ((ts.isIdentifier(e.expression) && e.expression.text === 'l10n') ||
     (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'l10n'));
}

function calleeName(node) {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

function scanFile(file, messages, violations) {
  const text = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const where = (node) => `${path.relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;

  // Walks an expression that is shown to the user; reports literals outside l10n.t.
  function shown(node) {
    if (!node) return;
    if (isL10nCall(node)) { visit(node); return; }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (hasLetters(node.text)) violations.push(`${where(node)}: ${JSON.stringify(node.text)}`);
      return;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (parts.some(hasLetters)) violations.push(`${where(node)}: \`${parts.join('…')}\``);
      for (const s of node.templateSpans) shown(s.expression);
      return;
    }
    if (ts.isConditionalExpression(node)) { shown(node.whenTrue); shown(node.whenFalse); return; }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandToken) {
        shown(node.left); shown(node.right);
      }
      return;
    }
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) { shown(node.expression); return; }
    if (ts.isObjectLiteralExpression(node)) { for (const p of node.properties) visit(p); return; }
    if (ts.isArrayLiteralExpression(node)) { for (const e of node.elements) shown(e); return; }
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) visit(node);
  }

  function visit(node) {
    if (isL10nCall(node)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
      else if (first && ts.isObjectLiteralExpression(first)) {
        const m = first.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'message');
        if (m && ts.isStringLiteral(m.initializer)) messages.add(m.initializer.text);
      } else violations.push(`${where(node)}: l10n.t needs a literal message`);
      for (const a of node.arguments.slice(1)) visit(a);
      return;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node);
      if (Object.hasOwn(TEXT_CALLS, name)) {
        const which = TEXT_CALLS[name];
        (node.arguments ?? []).forEach((a, i) => { if (!which || which.includes(i)) shown(a); else visit(a); });
        visit(node.expression);
        return;
      }
    }
    if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText())) { shown(node.initializer); return; }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isPropertyAccessExpression(node.left) && TEXT_PROPERTIES.has(node.left.name.text)) { shown(node.right); return; }
    ts.forEachChild(node, visit);
  }
  visit(sf);
}

function scan(dir = SOURCES) {
  const messages = new Set();
  const violations = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.ts')).sort()) scanFile(path.join(dir, f), messages, violations);
  return { messages: [...messages].sort(), violations };
}

module.exports = { scan, scanFile };

if (require.main === module) {
  const { messages, violations } = scan();
  for (const v of violations) console.error(`not localised: ${v}`);
  const bundle = Object.fromEntries(messages.map((m) => [m, m]));
  const out = path.join(root, 'l10n', 'bundle.l10n.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(bundle, null, 2)}\n`);
  console.error(`${messages.length} messages in ${path.relative(root, out)}`);
  process.exitCode = violations.length ? 1 : 0;
}
