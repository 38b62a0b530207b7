// "What changed since I last looked": deals teammates added, moved, edited or removed since this
// user last marked the list seen, newest first. "Mark all as seen" marks up to the newest change
// shown, so a change that lands while the user reads is never marked seen unseen.
import { Button, Subtitle2, Text } from "@fluentui/react-components";
import type { DealChanges } from "../../domain/board";
import { useServices } from "../services";
import { ErrorBar } from "../shared/error-bar";
import { useAction } from "../shared/use-action";
import { useWatch } from "../shared/use-watch";
import { changeContext, changeText } from "./change-text";

/** Deals listed at most: a teammate's bulk import must not bury the board. */
const SHOWN = 15;
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function DealChangeItem({ group }: { group: DealChanges }) {
  return (
    <li>
      <Text weight="semibold">
        {group.title ?? `Deal ${group.dealId} (no longer in the sheet)`}
      </Text>
      <ul aria-label={`Changes to ${group.title ?? group.dealId}`}>
        {group.events.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            <Text>{changeText(e)}</Text> <Text size={200}>({changeContext(e)})</Text>
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
  return (
    <section aria-label="What changed">
      <Subtitle2 as="h2">
        {since === undefined
          ? "Recent changes by others"
          : `Changed since you last looked (${day.format(new Date(since))})`}
      </Subtitle2>
      <ErrorBar message={feed.error ?? mark.error} />
      {feed.value && changes.length === 0 && (
        <Text as="p">Nothing new: no one else has changed a deal since you last looked.</Text>
      )}
      {changes.length > 0 && (
        <>
          <ul aria-label="Changed deals">
            {changes.slice(0, SHOWN).map((g) => (
              <DealChangeItem key={g.dealId} group={g} />
            ))}
          </ul>
          {changes.length > SHOWN && (
            <Text as="p">…and {changes.length - SHOWN} more deals changed before these.</Text>
          )}
          <Button
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
