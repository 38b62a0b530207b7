// A card's "Move" menu button: the keyboard (and touch) way to move a deal, listing the other
// stages. Its accessible name names the deal ("Move Pilot"), so a list of cards reads apart.
import {
  Menu,
  MenuButton,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { CARD_FOCUS_ATTRIBUTE } from "./use-card-focus";

export interface MoveMenuProps {
  dealId: string;
  title: string;
  stages: readonly string[];
  onMove(stage: string): void;
}

export function MoveMenu({ dealId, title, stages, onMove }: MoveMenuProps) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          size="small"
          appearance="subtle"
          aria-label={`Move ${title}`}
          {...{ [CARD_FOCUS_ATTRIBUTE]: dealId }}
        >
          Move
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>Move to</MenuGroupHeader>
            {stages.map((stage) => (
              <MenuItem key={stage} onClick={() => onMove(stage)}>
                {stage}
              </MenuItem>
            ))}
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
