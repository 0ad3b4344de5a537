import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CURRENT_AUTHORITIES, GRADE_LABELS, GRADES } from "@csi/domain";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "September",
  "October",
  "November",
];

/**
 * Writes `count` small, distinct articles into `folder` (in sub-folders of 50), each reporting one
 * inspection of a real authority in words the parser reads. Deterministic. Returns the file paths.
 */
export function generateDocuments(folder: string, count: number): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const authority =
      CURRENT_AUTHORITIES[(i * 37) % CURRENT_AUTHORITIES.length];
    if (!authority) throw new Error("no authorities");
    const grade = GRADES[i % GRADES.length] ?? "good";
    const year = 2014 + (i % 12);
    const month = MONTHS[i % MONTHS.length] ?? "March";
    const dir = join(
      folder,
      `batch-${String(Math.floor(i / 50)).padStart(2, "0")}`,
    );
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `article-${String(i).padStart(3, "0")}.txt`);
    writeFileSync(
      path,
      [
        `${authority.name} children's services rated ${GRADE_LABELS[grade].toLowerCase()} (report ${i})`,
        "",
        `Ofsted inspected ${authority.name} Council's children's services in ${month} ${year}.`,
        `Inspectors judged the council's children's services to be ${GRADE_LABELS[grade].toLowerCase()} overall.`,
        "",
        `This is generated article number ${i}, written to test how csi stores many documents at once. `.repeat(
          3,
        ),
      ].join("\n"),
    );
    paths.push(path);
  }
  return paths;
}
