/**
 * The views every front shows of a {@link dev.faultline.app.model.CorpusModel}: the contract's JSON shapes ({@code
 * json}, with their JSON Schemas as resources in {@code schema/}), the exports for other tools ({@code export}), the
 * brief ({@code report}) and plain text ({@code text}). None knows which front asked.
 */
package dev.faultline.app.view;
