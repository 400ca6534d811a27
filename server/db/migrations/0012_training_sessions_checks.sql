ALTER TABLE "training_session_invitees" ADD CONSTRAINT "training_session_invitees_attendance_known" CHECK (attendance IN ('invited','attended','absent'));
