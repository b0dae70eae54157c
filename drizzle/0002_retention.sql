CREATE TABLE "retention_erasure" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"erased_at" timestamp with time zone DEFAULT now() NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "retention_erasure_rule_check" CHECK ("retention_erasure"."rule" in ('closed_file', 'inactive_applicant'))
);
--> statement-breakpoint
ALTER TABLE "retention_erasure" ADD CONSTRAINT "retention_erasure_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_erasure" ADD CONSTRAINT "retention_erasure_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_erasure_municipality_idx" ON "retention_erasure" USING btree ("municipality_id","erased_at");