import { Button, Group, NumberInput, TextInput } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconFilter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { validateTopicFilter } from '../../../acl/topic';
import { MAX_CAPACITY, MIN_CAPACITY } from '../../../mqtt/message-store';

/**
 * View controls: filter by topic filter and payload text, pause/resume, clear, buffer size. The page
 * applies an invalid topic filter as no filter; the field says why.
 */
export function ViewToolbar({
  filter,
  text,
  onFilterChange,
  onTextChange,
  paused,
  onPause,
  onResume,
  onClear,
  capacity,
  onCapacityChange,
}: {
  filter: string;
  text: string;
  onFilterChange: (filter: string) => void;
  onTextChange: (text: string) => void;
  paused: boolean;
  onPause: () => void;
  onResume: () => void;
  onClear: () => void;
  capacity: number;
  onCapacityChange: (capacity: number) => void;
}) {
  const [capacityInput, setCapacityInput] = useState<number | string>(capacity);
  // The fields show the URL state itself (nuqs answers each keystroke at once, and follows Back).
  const check = filter.trim() ? validateTopicFilter(filter.trim()) : null;
  const filterError = check && !check.valid ? check.reason : null;

  const capacityValue = Number(capacityInput);
  const capacityValid = Number.isInteger(capacityValue) && capacityValue >= MIN_CAPACITY && capacityValue <= MAX_CAPACITY;

  return (
    <Group gap="sm" align="flex-start" wrap="wrap" role="toolbar" aria-label="View">
      <TextInput
        label="View filter"
        description="An MQTT topic filter: + and # wildcards"
        placeholder="devices/+/events"
        leftSection={<IconFilter size={14} aria-hidden />}
        value={filter}
        onChange={(e) => onFilterChange(e.currentTarget.value)}
        error={filterError}
        style={{ flex: '2 1 240px' }}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        label="Payload contains"
        description="Case-insensitive text"
        placeholder="Critical"
        value={text}
        onChange={(e) => onTextChange(e.currentTarget.value)}
        style={{ flex: '1 1 180px' }}
        autoComplete="off"
      />
      <NumberInput
        label="Buffer size"
        description="Messages kept"
        value={capacityInput}
        onChange={setCapacityInput}
        min={MIN_CAPACITY}
        max={MAX_CAPACITY}
        step={10_000}
        thousandSeparator=","
        allowDecimal={false}
        error={capacityValid ? null : `${MIN_CAPACITY.toLocaleString()}–${MAX_CAPACITY.toLocaleString()}`}
        onBlur={() => capacityValid && capacityValue !== capacity && onCapacityChange(capacityValue)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && capacityValid) onCapacityChange(capacityValue);
        }}
        w={170}
      />
      <Group gap="xs" mt={25}>
        {paused ? (
          <Button onClick={onResume} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
            Resume
          </Button>
        ) : (
          <Button onClick={onPause} leftSection={<IconPlayerPause size={16} aria-hidden />} variant="default">
            Pause
          </Button>
        )}
        <Button onClick={onClear} leftSection={<IconTrash size={16} aria-hidden />} variant="default">
          Clear
        </Button>
      </Group>
    </Group>
  );
}
