/**
 * {@code faultline report}: a brief of the stored corpus, as one self-contained HTML file (inline CSS
 * and SVG, nothing fetched from the network, no script) or as Markdown. {@link
 * dev.faultline.cli.report.ReportModel} holds what to show; {@link dev.faultline.cli.report.HtmlReport}
 * and {@link dev.faultline.cli.report.MarkdownReport} render it. Every piece of text that comes from the
 * reports or the knowledge base is untrusted and is escaped where it is written, never read as markup.
 */
package dev.faultline.cli.report;
