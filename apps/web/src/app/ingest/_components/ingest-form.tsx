"use client";

import type { RouterInputs, RouterOutputs } from "@csi/api";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { GradeBadge } from "~/components/grade-badge";
import { formatDate, plural } from "~/lib/format";
import { INSPECTION_TYPE_LABELS, areaLabel } from "~/lib/vocabulary";
import { useTRPC } from "~/trpc/react";
import { readWriteToken, storeWriteToken } from "~/trpc/write-token";

type DocumentInput = RouterInputs["document"]["parse"];
type ParseResult = RouterOutputs["document"]["parse"];
type IngestOutcome = RouterOutputs["document"]["ingest"];

const EXTENSIONS = {
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
} as const;

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Turns what the user gave into the api's document input, or says what is wrong with it. */
async function readInput(
  mode: "paste" | "file",
  text: string,
  label: string,
  file: File | undefined,
  maxBytes: number,
): Promise<
  { ok: true; input: DocumentInput } | { ok: false; message: string }
> {
  if (mode === "paste") {
    if (text.trim() === "")
      return {
        ok: false,
        message:
          "The text box is empty. Paste the article or report text first.",
      };
    const size = new TextEncoder().encode(text).byteLength;
    if (size > maxBytes) {
      return {
        ok: false,
        message: `The pasted text is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}. Paste the part about the inspection.`,
      };
    }
    return {
      ok: true,
      input: {
        content: text,
        encoding: "utf8",
        source: label.trim() || "pasted text",
        format: "auto",
      },
    };
  }
  if (!file)
    return {
      ok: false,
      message: "No file chosen. Choose a .txt, .html or .pdf file first.",
    };
  const extension = /\.[a-z0-9]+$/i.exec(file.name)?.[0]?.toLowerCase() ?? "";
  const format = EXTENSIONS[extension as keyof typeof EXTENSIONS];
  if (!format) {
    return {
      ok: false,
      message: `“${file.name}” is not a supported file type. Upload a .txt, .html or .pdf file, or paste the text instead.`,
    };
  }
  if (file.size === 0)
    return { ok: false, message: `“${file.name}” is empty.` };
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: `“${file.name}” is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}. Upload a smaller file, or use the csi command line for large files.`,
    };
  }
  const source = label.trim() || file.name;
  if (format === "pdf") {
    return {
      ok: true,
      input: {
        content: toBase64(await file.arrayBuffer()),
        encoding: "base64",
        source,
        format,
      },
    };
  }
  const content = await file.text();
  if (content.trim() === "")
    return { ok: false, message: `“${file.name}” has no text in it.` };
  return { ok: true, input: { content, encoding: "utf8", source, format } };
}

function Preview({ result }: { result: ParseResult }) {
  return (
    <section className="panel" aria-labelledby="preview-heading" data-preview>
      <h2 id="preview-heading">What the parser found</h2>
      <p className="small muted">
        {result.title ? <>“{result.title}” · </> : null}
        {result.format.toUpperCase()} · published {formatDate(result.published)}{" "}
        · {plural(result.text.length, "character")}
      </p>
      {result.inspections.length === 0 ? (
        <p className="callout callout--warning">
          No inspection was found in this text. Saving it still stores the text,
          so it can be searched, but it adds no grades.
        </p>
      ) : (
        result.inspections.map((inspection, i) => (
          <div key={i} className="inspection">
            <div className="inspection__head">
              <h3 style={{ margin: 0 }}>{inspection.authority.name}</h3>
              <span className="small muted">
                {INSPECTION_TYPE_LABELS[inspection.type] ?? inspection.type},{" "}
                {formatDate(inspection.date)}
              </span>
            </div>
            <div className="inspection__body">
              {inspection.judgements.length === 0 ? (
                <p className="small">No grades stated.</p>
              ) : null}
              <ul className="judgements">
                {inspection.judgements.map((j) => (
                  <li key={j.area} data-area={j.area} data-grade={j.grade}>
                    <div>
                      <div style={{ fontWeight: 600 }}>{areaLabel(j.area)}</div>
                      <GradeBadge grade={j.grade} />
                    </div>
                    <div>
                      {j.evidence.map((e) => (
                        <blockquote
                          key={`${e.start}-${e.end}`}
                          className="quote"
                        >
                          “{e.quote}”
                        </blockquote>
                      ))}
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ))
      )}
      {result.diagnostics.length > 0 ? (
        <details className="diagnostics">
          <summary>{plural(result.diagnostics.length, "parser note")}</summary>
          <ul>
            {result.diagnostics.map((d, i) => (
              <li key={i}>
                <strong>{d.severity}</strong> {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function Outcome({ outcome }: { outcome: IngestOutcome }) {
  switch (outcome.status) {
    case "stored":
      return (
        <div
          className="callout callout--success"
          role="status"
          data-outcome="stored"
        >
          <strong>Saved.</strong>{" "}
          <Link href={`/documents/${outcome.document.id}`}>
            Open the document
          </Link>
          {outcome.authorities.length > 0 ? (
            <>
              {" "}
              · updated{" "}
              {outcome.authorities.map((gss, i) => (
                <span key={gss}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/authorities/${gss}`}>{gss}</Link>
                </span>
              ))}
            </>
          ) : null}
        </div>
      );
    case "unchanged":
      return (
        <div className="callout" role="status" data-outcome="unchanged">
          <strong>Already saved:</strong> {outcome.reason}.{" "}
          <Link href={`/documents/${outcome.document.id}`}>Open it</Link>
        </div>
      );
    case "skipped":
    case "failed":
      return (
        <div
          className="callout callout--error"
          role="alert"
          data-outcome={outcome.status}
        >
          <strong>Not saved:</strong> {outcome.reason}.
        </div>
      );
  }
}

/** Paste or upload a document, preview the parse (nothing stored), then save it. */
export function IngestForm({ maxBytes }: { maxBytes: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [mode, setMode] = useState<"paste" | "file">("paste");
  const [text, setText] = useState("");
  const [label, setLabel] = useState("");
  const [file, setFile] = useState<File | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [token, setToken] = useState("");
  // A token given earlier in this tab (read after hydration: the server has no session storage).
  useEffect(() => setToken(readWriteToken() ?? ""), []);
  const previewed = useRef<DocumentInput | null>(null);
  const parse = useMutation(trpc.document.parse.mutationOptions());
  const ingest = useMutation(
    trpc.document.ingest.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.document.list.queryKey(),
        }),
    }),
  );

  const changed = () => {
    previewed.current = null;
    parse.reset();
    ingest.reset();
    setProblem(null);
  };

  const run = async (action: "preview" | "save") => {
    setProblem(null);
    const read = await readInput(mode, text, label, file, maxBytes);
    if (!read.ok) {
      setProblem(read.message);
      return;
    }
    if (action === "preview") {
      previewed.current = read.input;
      ingest.reset();
      parse.mutate(read.input);
    } else {
      ingest.mutate(read.input);
    }
  };

  const busy = parse.isPending || ingest.isPending;
  const canSave = parse.isSuccess && previewed.current !== null && !busy;
  const error =
    problem ?? parse.error?.message ?? ingest.error?.message ?? null;
  const refused = ingest.error?.data?.code === "FORBIDDEN";

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run("preview");
      }}
      aria-describedby={error ? `${id}-error` : undefined}
      noValidate
    >
      <fieldset style={{ border: 0, padding: 0, margin: "0 0 1rem" }}>
        <legend
          className="label"
          style={{ fontWeight: 600, marginBottom: "0.4rem" }}
        >
          How do you want to add it?
        </legend>
        <div style={{ display: "flex", gap: "1.5rem", flexWrap: "wrap" }}>
          <label>
            <input
              type="radio"
              name="mode"
              value="paste"
              checked={mode === "paste"}
              onChange={() => (setMode("paste"), changed())}
            />{" "}
            Paste text
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              value="file"
              checked={mode === "file"}
              onChange={() => (setMode("file"), changed())}
            />{" "}
            Upload a file
          </label>
        </div>
      </fieldset>
      {mode === "paste" ? (
        <div className="field" style={{ marginBottom: "1rem" }}>
          <label htmlFor={`${id}-text`}>Article or report text</label>
          <span className="hint" id={`${id}-text-hint`}>
            Include the headline and date line if there is one: the parser uses
            them.
          </span>
          <textarea
            id={`${id}-text`}
            name="text"
            value={text}
            aria-describedby={`${id}-text-hint`}
            onChange={(event) => {
              setText(event.target.value);
              changed();
            }}
          />
        </div>
      ) : (
        <div className="field" style={{ marginBottom: "1rem" }}>
          <label htmlFor={`${id}-file`}>
            File (.txt, .html or .pdf, up to {formatBytes(maxBytes)})
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              changed();
            }}
          />
        </div>
      )}
      <div
        className="field"
        style={{ marginBottom: "1rem", maxWidth: "36rem" }}
      >
        <label htmlFor={`${id}-label`}>Where it is from (optional)</label>
        <span className="hint" id={`${id}-label-hint`}>
          A web address or a short label; every fact drawn from the document
          cites it.
        </span>
        <input
          id={`${id}-label`}
          name="source"
          type="text"
          value={label}
          aria-describedby={`${id}-label-hint`}
          onChange={(event) => {
            setLabel(event.target.value);
            changed();
          }}
        />
      </div>
      <details
        className="field"
        style={{ marginBottom: "1rem", maxWidth: "36rem" }}
        open={refused || token !== "" ? true : undefined}
      >
        <summary>Write token (only when this dashboard runs elsewhere)</summary>
        <label htmlFor={`${id}-token`}>Write token</label>
        <span className="hint" id={`${id}-token-hint`}>
          The <code>CSI_WRITE_TOKEN</code> the server was started with. A
          dashboard on your own computer needs none. Kept for this tab only.
        </span>
        <input
          id={`${id}-token`}
          name="token"
          type="password"
          autoComplete="off"
          value={token}
          aria-describedby={`${id}-token-hint`}
          onChange={(event) => {
            setToken(event.target.value);
            storeWriteToken(event.target.value);
            ingest.reset();
          }}
        />
      </details>
      <div
        style={{
          display: "flex",
          gap: "0.75rem",
          flexWrap: "wrap",
          alignItems: "center",
        }}
      >
        <button
          type="submit"
          className="button button--secondary"
          disabled={busy}
        >
          Preview (nothing is saved)
        </button>
        <button
          type="button"
          className="button"
          disabled={!canSave}
          onClick={() => void run("save")}
        >
          Save document
        </button>
        {busy ? (
          <span role="status">
            <span className="spinner" aria-hidden="true" />{" "}
            {parse.isPending ? "Reading the document…" : "Saving…"}
          </span>
        ) : null}
        {!canSave && !busy ? (
          <span className="small muted">Preview first, then save.</span>
        ) : null}
      </div>
      <div aria-live="polite" style={{ marginTop: "1rem" }}>
        {error ? (
          <p
            className="callout callout--error"
            id={`${id}-error`}
            role="alert"
            data-error
          >
            {error}
          </p>
        ) : null}
        {ingest.data ? <Outcome outcome={ingest.data} /> : null}
      </div>
      {parse.data ? <Preview result={parse.data} /> : null}
    </form>
  );
}
