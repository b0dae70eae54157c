ALTER TABLE "session" ADD COLUMN "issued_role" "role";--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "rotated_at" timestamp with time zone;