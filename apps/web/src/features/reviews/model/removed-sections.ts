/** A version as the versions panel knows it: newest first, with the sections it froze. */
interface VersionWithSections {
  id: string;
  label: string;
  sections: readonly { id: string; title: string }[];
}

/** A section no longer in the report, and the newest version that froze it (where it comes back from). */
export interface RemovedSection {
  id: string;
  title: string;
  versionId: string;
  versionLabel: string;
}

/**
 * Sections some version froze that the report no longer has, each from the newest version holding
 * it (its latest text and title), in that version's order. `versions` come newest first.
 */
export function removedSections(
  versions: readonly VersionWithSections[],
  liveSectionIds: ReadonlySet<string>,
): RemovedSection[] {
  const found = new Map<string, RemovedSection>();
  for (const version of versions) {
    for (const section of version.sections) {
      if (liveSectionIds.has(section.id) || found.has(section.id)) continue;
      found.set(section.id, {
        id: section.id,
        title: section.title,
        versionId: version.id,
        versionLabel: version.label,
      });
    }
  }
  return [...found.values()];
}
