import { Prop } from '../http/schema';

export class ProbeDto {
  @Prop.uuid() id: string;
  @Prop.string() workflowId: string;
  @Prop.string() message: string;
  @Prop.enum(['pending', 'completed'], { description: 'pending until the worker has written the echo' })
  status: 'pending' | 'completed';
  @Prop.string({ nullable: true }) echo: string | null;
  @Prop.time({ nullable: true }) completedAt: Date | null;
}
