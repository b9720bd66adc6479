import * as assert from 'assert';
import * as vscode from 'vscode';
import { docUri, ready, until } from './helpers';

const DOCS = ['000_d9f46fcf171c8593.txt', '001_f9ff05c47ed3eb41.txt', '002_4101dc15d6ce5a41.txt', '003_381298010349f2df.txt', '004_07409d310ab2d6a3.txt'];

describe('an editor that stays readable on the sample corpus', () => {
  it('gives a passage at most one lens of each kind, each title short and without "?"', async () => {
    await ready();
    for (const name of DOCS) {
      const doc = await vscode.workspace.openTextDocument(docUri(name));
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 1000);
      const kinds = new Map<string, number>();
      for (const l of lenses) {
        const title = l.command?.title ?? '';
        assert.ok(title, `a lens of ${name} has no title once resolved`);
        assert.ok(title.length <= 62, `${title.length}: ${title}`);
        assert.ok(!title.includes('?'), title);
        const kind = /^(?:✓ )?(Actors|Threat|Red line|Corroborated|Contradicted)/.exec(title)?.[1].replace('Contradicted', 'Corroborated') ?? title;
        const key = `${l.range.start.line}:${kind}`;
        kinds.set(key, (kinds.get(key) ?? 0) + 1);
      }
      for (const [key, n] of kinds) assert.strictEqual(n, 1, `${n} lenses of one kind at ${name}:${key}`);
    }
  });

  it('names the red lines of a passage by holder and object', async () => {
    await ready();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', docUri(DOCS[1]), 1000);
    const titles = lenses.map((l) => l.command?.title ?? '');
    for (const expected of ['Red line · Dario Amodei: no mass surveillance', 'Red line · Anthropic: no fully autonomous lethal weapons', 'Red line · Anthropic: cannot accede to their request', 'Threat · DoD: ultimatum']) {
      assert.ok(titles.includes(expected), `no “${expected}” in ${titles.join(' | ')}`);
    }
    const several = lenses.find((l) => l.command?.title === 'Threat · DoD: pressure +1');
    assert.ok(several, titles.join(' | '));
    assert.match(several.command!.tooltip ?? '', /designate Anthropic a “supply chain risk”/);
  });

  it('shows at most one diagnostic per three claims, contradictions as warnings of their own', async () => {
    const api = await ready();
    await until(() => DOCS.every((d) => vscode.languages.getDiagnostics(docUri(d)).length > 0), 'diagnostics on every document');
    const diags = DOCS.flatMap((d) => vscode.languages.getDiagnostics(docUri(d)).filter((x) => x.source === 'SourceLens'));
    const claims = api.analysis.summary!.claimCount;
    assert.ok(claims > 100, `${claims} claims`);
    assert.ok(diags.length * 3 <= claims, `${diags.length} diagnostics for ${claims} claims`);
    const contradictions = diags.filter((d) => d.code === 'contradiction');
    assert.ok(contradictions.length > 0);
    assert.ok(contradictions.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    assert.ok(diags.filter((d) => d.code === 'uncorroborated').every((d) => d.severity === vscode.DiagnosticSeverity.Information));
  });

  it('reports every uncorroborated claim when the floor is set to all', async () => {
    const api = await ready();
    const config = vscode.workspace.getConfiguration('sourcelens');
    const count = () => DOCS.flatMap((d) => vscode.languages.getDiagnostics(docUri(d)).filter((x) => x.code === 'uncorroborated')).length;
    const checkable = count();
    const all = DOCS.flatMap((d) => api.analysis.viewOf(docUri(d))!.claims.filter((c) => !c.corroborated)).length;
    assert.ok(checkable < all, `${checkable} of ${all}`);
    try {
      await config.update('diagnostics.uncorroboratedClaims', 'all', vscode.ConfigurationTarget.Workspace);
      // One claim of 004 was dismissed by an earlier test: it stays dismissed.
      await until(() => count() >= all - 1, `all ${all} uncorroborated claims (now ${count()})`);
    } finally {
      await config.update('diagnostics.uncorroboratedClaims', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => count() === checkable, 'the checkable ones again');
  });
});
