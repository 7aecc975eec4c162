import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A picture a mediator dropped into an article, kept in the database (backed up with everything
 * else) until it is sent to WeChat with media/uploadimg at publication.
 */
@Entity({ name: 'uploaded_images' })
export class UploadedImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: 'image/png' | 'image/jpeg';

  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'integer' })
  size: number;

  /** Who uploaded it; kept as text so the row survives the account. */
  @Column({ type: 'text', nullable: true })
  username: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
