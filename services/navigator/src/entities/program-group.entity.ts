import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `time` columns read back as "HH:MM:SS"; the API speaks "HH:MM". */
const timeColumn = { to: (value: string) => value, from: (value: string) => value.slice(0, 5) };

@Entity('program_groups')
export class ProgramGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId: string;

  @Column({ type: 'text' })
  teacher: string;

  @Column({ name: 'days_of_week', type: 'smallint', array: true })
  daysOfWeek: number[];

  @Column({ name: 'start_time', type: 'time', transformer: timeColumn })
  startTime: string;

  @Column({ name: 'end_time', type: 'time', transformer: timeColumn })
  endTime: string;

  @Column({ type: 'int' })
  seats: number;

  @Column({ name: 'seats_taken', type: 'int' })
  seatsTaken: number;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
