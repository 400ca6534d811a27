import { useQuery } from '@tanstack/react-query';
import type { TMyDuty, TPressFeedback } from '../../../server/modules/duty/schema';
import { api } from '../../api/client';

/** The user's own alarm profile: their place, availability and what they notice of their own press. */
export const myDutyQuery = { queryKey: ['duty', 'me'], queryFn: () => api<TMyDuty>('GET', '/api/v1/duty/me') };

/** What the presser chose to notice of their own press; discreet until the profile has loaded, and on failure. */
export function usePressFeedback(enabled = true): TPressFeedback {
  const duty = useQuery({ ...myDutyQuery, enabled, staleTime: 60_000 });
  return duty.data?.pressFeedback ?? 'discreet';
}

/** A short, low tone: audible to the presser close by, not a siren that tells the room. Made here, nothing to load. */
function shortTone(): void {
  const Context = window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  const audio = new Context();
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = 440;
  gain.gain.value = 0.15;
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(audio.currentTime + 0.15);
  oscillator.onended = () => void audio.close();
}

/**
 * The presser's confirmation that the alarm went out, as they chose it. Discreet and visible make no sound and no
 * vibration (visible shows a clear confirmation on screen instead).
 */
export function signalPress(feedback: TPressFeedback): void {
  try {
    if (feedback === 'vibrate') navigator.vibrate?.(120);
    if (feedback === 'sound') shortTone();
  } catch {
    // A phone that refuses to vibrate or play must not stand in the way of the alarm, which is already raised.
  }
}
