// The Team and Process views before there is a deal: what to do next, in one step.
import { Text } from "@fluentui/react-components";
import { GoButton } from "../go-button";

export function NoDealsYet({ what }: { what: string }) {
  return (
    <>
      <Text as="p" block>
        No deals yet, so there is no {what} to show. Add rows to the Pipeline sheet, then choose
        Sync now.
      </Text>
      <GoButton to="start">Open Get started</GoButton>
    </>
  );
}
