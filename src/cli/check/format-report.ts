/** Picks the writer of a report format. */
import type { Colors } from '../colors.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatJunit } from './format-junit.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { CheckReport, ReportFormat } from './report.js';

export function formatReport(report: CheckReport, format: ReportFormat, colors: Colors): string {
  switch (format) {
    case 'text':
      return formatText(report, colors);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report);
    case 'github':
      return formatGithub(report);
  }
}
