// "What changed since I last looked": deals teammates added, moved, edited or removed since this
// user last marked the list seen, newest first. "Mark all as seen" marks up to the newest change
// shown, so a change that lands while the user reads is never marked seen unseen.
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DealChanges } from "../../domain/board";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { useWatch } from "../shared/use-watch";
import { useMoneyStyle } from "../money/money-context";
import { changeContext, changeText } from "./change-text";

/** Deals listed at most: a teammate's bulk import must not bury the board. */
const SHOWN = 15;
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  events: { listStyleType: "none", margin: 0, padding: 0 },
  text: { overflowWrap: "anywhere" },
  when: { color: tokens.colorNeutralForeground2 },
  mark: { alignSelf: "flex-start" },
});

function DealChangeItem({ group }: { group: DealChanges }) {
  const styles = useStyles();
  const money = useMoneyStyle();
  return (
    <li>
      <Text block weight="semibold" className={styles.text}>
        {group.title ?? `Deal ${group.dealId} (no longer in the sheet)`}
      </Text>
      <ul aria-label={`Changes to ${group.title ?? group.dealId}`} className={styles.events}>
        {group.events.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <Text block size={200} className={styles.text}>
              {changeText(e, money)}
            </Text>
            <Caption1 block className={styles.when}>
              {changeContext(e)}
            </Caption1>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function WhatChanged() {
  const { watchDealChanges, markChangesSeen } = useServices();
  const feed = useWatch(watchDealChanges);
  const mark = useAction(markChangesSeen);
  const changes = feed.value?.changes ?? [];
  const since = feed.value?.since;
  const styles = useStyles();
  return (
    <section aria-label="What changed" className={styles.section}>
      <Subtitle2 as="h2" block>
        {since === undefined ? "Recent changes by others" : "Changed since you last looked"}
      </Subtitle2>
      {since !== undefined && (
        <Caption1 as="p" block className={styles.when}>
          You last looked {day.format(new Date(since))}
        </Caption1>
      )}
      <ErrorBar message={feed.error ?? mark.error} />
      {feed.value && changes.length === 0 && (
        <Text as="p" block>
          Nothing new: no one else has changed a deal since you last looked.
        </Text>
      )}
      {changes.length > 0 && (
        <>
          <ul aria-label="Changed deals" className={styles.list}>
            {changes.slice(0, SHOWN).map((g) => (
              <DealChangeItem key={g.dealId} group={g} />
            ))}
          </ul>
          {changes.length > SHOWN && (
            <Text as="p" block>
              …and {changes.length - SHOWN} more deals changed before these.
            </Text>
          )}
          <Button
            className={styles.mark}
            disabled={mark.busy}
            onClick={() => void mark.run(Math.max(...changes.map((c) => c.latestAt)))}
          >
            Mark all as seen
          </Button>
        </>
      )}
    </section>
  );
}
