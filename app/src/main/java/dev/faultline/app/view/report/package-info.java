/**
 * The brief of the stored corpus ({@code faultline report}, a server's page), as one self-contained HTML file (inline CSS
 * and SVG, nothing fetched from the network, no script) or as Markdown. {@link
 * dev.faultline.app.view.report.ReportModel} holds what to show; {@link dev.faultline.app.view.report.HtmlReport}
 * and {@link dev.faultline.app.view.report.MarkdownReport} render it. Every piece of text that comes from the
 * reports or the knowledge base is untrusted and is escaped where it is written, never read as markup.
 */
package dev.faultline.app.view.report;
