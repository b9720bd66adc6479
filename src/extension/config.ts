/** SourceLens settings, read in one place. Resource-scoped values are read per call, never cached. */
import * as vscode from 'vscode';
import { CLAIM_FLOORS, type ClaimFloor } from '../core/checkworthy';

export type SeveritySetting = 'hint' | 'information' | 'warning' | 'off';

export interface TagSwitches { actors: boolean; threats: boolean; redLines: boolean; events: boolean; claims: boolean }

export interface Configuration {
  severity: SeveritySetting;
  /** Which uncorroborated claims get a diagnostic (`sourcelens.diagnostics.uncorroboratedClaims`). */
  claimFloor: ClaimFloor;
  codeLens: boolean;
  tags: TagSwitches;
}

export function readConfiguration(scope?: vscode.ConfigurationScope): Configuration {
  const c = vscode.workspace.getConfiguration('sourcelens', scope);
  const severity = c.get<string>('diagnostics.severity', 'information');
  const floor = c.get<string>('diagnostics.uncorroboratedClaims', 'checkable');
  return {
    severity: (['hint', 'information', 'warning', 'off'].includes(severity) ? severity : 'information') as SeveritySetting,
    claimFloor: (CLAIM_FLOORS as readonly string[]).includes(floor) ? floor as ClaimFloor : 'checkable',
    codeLens: c.get<string>('codeLens.visibility', 'always') !== 'off',
    tags: {
      actors: c.get<boolean>('tags.actors', true), threats: c.get<boolean>('tags.threats', true), redLines: c.get<boolean>('tags.redLines', true),
      events: c.get<boolean>('tags.events', true), claims: c.get<boolean>('tags.claims', true),
    },
  };
}

export function toSeverity(s: SeveritySetting): vscode.DiagnosticSeverity | undefined {
  switch (s) {
    case 'hint': return vscode.DiagnosticSeverity.Hint;
    case 'warning': return vscode.DiagnosticSeverity.Warning;
    case 'off': return undefined;
    default: return vscode.DiagnosticSeverity.Information;
  }
}

/** The corpus globs, as one include and one exclude pattern for `findFiles`. */
export function corpusGlobs(): { include: string; exclude: string } {
  const c = vscode.workspace.getConfiguration('sourcelens');
  const join = (xs: string[]) => (xs.length === 1 ? xs[0] : `{${xs.join(',')}}`);
  const include = restricted(c, 'corpus.include', ['**/*.{txt,md,markdown}']).filter(Boolean);
  const exclude = restricted(c, 'corpus.exclude', ['**/node_modules/**', '**/.git/**', '**/.sourcelens/**']).filter(Boolean);
  return { include: join(include.length ? include : ['**/*.{txt,md,markdown}']), exclude: join([...exclude, '**/.sourcelens/**']) };
}

/**
 * A setting the manifest lists under `restrictedConfigurations`: in Restricted Mode only the
 * user's own value counts, never one the folder brings with it.
 */
function restricted<T>(c: vscode.WorkspaceConfiguration, key: string, fallback: T): T {
  if (vscode.workspace.isTrusted) return c.get<T>(key, fallback);
  const i = c.inspect<T>(key);
  return i?.globalValue ?? i?.defaultValue ?? fallback;
}
