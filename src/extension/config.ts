/** SourceLens settings, read in one place. Resource-scoped values are read per call, never cached. */
import * as vscode from 'vscode';

export type SeveritySetting = 'hint' | 'information' | 'warning' | 'off';

export interface Configuration {
  severity: SeveritySetting;
  codeLens: boolean;
}

export function readConfiguration(scope?: vscode.ConfigurationScope): Configuration {
  const c = vscode.workspace.getConfiguration('sourcelens', scope);
  const severity = c.get<string>('diagnostics.severity', 'information');
  return {
    severity: (['hint', 'information', 'warning', 'off'].includes(severity) ? severity : 'information') as SeveritySetting,
    codeLens: c.get<boolean>('codeLens.enabled', true),
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

export const SOURCE_GLOB = '**/*.{txt,md,markdown}';
export const EXCLUDE_GLOB = '**/{node_modules,.git,.sourcelens}/**';
