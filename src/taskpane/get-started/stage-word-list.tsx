// The stage-mapping step of a lead import: each distinct stage word of the sheet once, with how
// many rows use it and the stage its deals go to (suggested, changeable), or a new stage of
// that name with its own win probability.
import { Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StageWord } from "../../domain/leads";
import { type StageDefinition, normalizeStageName } from "../../domain/pipeline/default-stages";

export const NEW_STAGE = "\u0000new";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: 0 },
  item: { listStyleType: "none", display: "flex", flexDirection: "column", minWidth: 0 },
});

export interface StageChoice {
  /** A configured stage's name, or NEW_STAGE. */
  readonly stage: string;
  /** Win probability in percent, for a new stage. */
  readonly percent?: string;
}

export function StageWordList(props: {
  words: readonly StageWord[];
  stages: readonly StageDefinition[];
  choices: Readonly<Record<string, StageChoice>>;
  onChoose: (word: string, choice: StageChoice) => void;
}) {
  const styles = useStyles();
  return (
    <ul aria-label="Stages in your sheet" className={styles.list}>
      {props.words.map((w) => {
        const key = normalizeStageName(w.value);
        const choice = props.choices[key] ?? { stage: w.stage };
        const label = w.value === "" ? "(no stage)" : w.value;
        return (
          <li key={key} className={styles.item}>
            <Field label={`${label} · ${w.count} row${w.count === 1 ? "" : "s"}`}>
              <Select
                aria-label={`Stage for ${label}`}
                value={choice.stage}
                onChange={(_, d) => props.onChoose(key, { ...choice, stage: d.value })}
              >
                {props.stages.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                  </option>
                ))}
                {w.value !== "" && <option value={NEW_STAGE}>New stage “{w.value}”</option>}
              </Select>
            </Field>
            {choice.stage === NEW_STAGE && (
              <Field label={`Win probability of “${w.value}” (%)`}>
                <Input
                  inputMode="decimal"
                  value={choice.percent ?? ""}
                  onChange={(_, d) => props.onChoose(key, { ...choice, percent: d.value })}
                />
              </Field>
            )}
          </li>
        );
      })}
      {props.words.length === 0 && (
        <Text>This sheet has no stage column: every deal starts as the first stage.</Text>
      )}
    </ul>
  );
}
