-- What the presser notices of their own alarm: one of the known choices (PRESS_FEEDBACK in duty/schema.ts).
ALTER TABLE "alarm_profiles" ADD CONSTRAINT "alarm_profiles_press_feedback_check"
  CHECK ("press_feedback" IN ('discreet', 'vibrate', 'visible', 'sound'));
