/**
 * The site's own letters where practices look for them: a toolkit file that names a requirement
 * (`requirement:` in the toolkit's `files`) is linked from the practice guidance on it.
 */

/** A toolkit as this module needs it: its id and its files. */
interface ToolkitFiles {
  id: string;
  files: readonly { file: string; title: string; description: string; requirement?: string }[];
}

/** One file to link, with the toolkit it comes from. */
export interface LetterForGuidance {
  toolkit: string;
  file: string;
  title: string;
  description: string;
}

/** The toolkit files about any of the document's requirements, in the toolkits' own order. */
export function lettersForRequirements(
  toolkits: readonly ToolkitFiles[],
  requirements: readonly string[],
): LetterForGuidance[] {
  return toolkits.flatMap((toolkit) =>
    toolkit.files
      .filter((f) => f.requirement !== undefined && requirements.includes(f.requirement))
      .map(({ file, title, description }) => ({ toolkit: toolkit.id, file, title, description })),
  );
}
